package org.playbook.workspace;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/** The agency workspace the running Playbook was started on (-data), as a folder. */
public final class InstanceFolder {
	private InstanceFolder() {
	}

	/** The folder, or null when Playbook runs without one (-data @none) or it is not a local folder. */
	public static Path get() {
		Location location = Platform.getInstanceLocation();
		if (location == null || !location.isSet() && location.getDefault() == null) {
			return null;
		}
		try {
			return location.getURL() == null ? null : Path.of(location.getURL().toURI());
		} catch (URISyntaxException | IllegalArgumentException e) {
			return null;
		}
	}
}
