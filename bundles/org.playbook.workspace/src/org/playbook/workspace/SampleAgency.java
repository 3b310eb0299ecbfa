package org.playbook.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The sample agency that ships with Playbook: a few fictional clients, some with strong
 * strategies and some with the weaknesses the practice library warns about. It is what a
 * first start opens on.
 */
public final class SampleAgency {
	private static final String FOLDER = "sample";

	private SampleAgency() {
	}

	/** Copies the sample clients into the workspace folder if it holds no client yet; returns whether it did. */
	public static boolean installIfEmpty(Path workspace) throws IOException {
		Files.createDirectories(workspace);
		if (!new AgencyLoader().load(workspace).getClients().isEmpty()) {
			return false;
		}
		install(workspace);
		return true;
	}

	/** Copies the sample clients into the folder, leaving any file that already exists alone. */
	public static void install(Path workspace) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(SampleAgency.class);
		if (bundle == null) {
			throw new IOException("the sample agency is only available inside the Playbook runtime");
		}
		Enumeration<URL> entries = bundle.findEntries(FOLDER, "*", true);
		for (URL entry : entries == null ? List.<URL>of() : Collections.list(entries)) {
			String relative = entry.getPath().substring(entry.getPath().indexOf(FOLDER + "/") + FOLDER.length() + 1);
			if (relative.isEmpty() || relative.endsWith("/")) {
				continue;
			}
			Path target = workspace.resolve(relative);
			if (Files.exists(target)) {
				continue;
			}
			Files.createDirectories(target.getParent());
			try (InputStream in = entry.openStream()) {
				Files.copy(in, target);
			}
		}
	}
}
