package org.playbook.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;

/**
 * The contributions to one of Playbook's extension points, each made inside
 * {@link SafeRunner}: a contribution that cannot be made (no such class, a file that is not
 * what it should be, a constructor or check that throws) is logged once, with the bundle
 * that contributed it, and left out; the others are returned.
 */
public final class Contributions {
	/** Contributions already reported as broken: logged once, not at every use. */
	private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

	/** Makes one contribution from its configuration element. */
	@FunctionalInterface
	public interface Factory<T> {
		T create(IConfigurationElement element) throws Exception;
	}

	private Contributions() {
	}

	/** The contributions of the given element name, in registry order; none outside the platform. */
	public static <T> List<T> create(String extensionPoint, String elementName, Factory<T> factory) {
		List<T> made = new ArrayList<>();
		if (Platform.getExtensionRegistry() == null) {
			return made;
		}
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(extensionPoint)) {
			if (!elementName.equals(element.getName())) {
				continue;
			}
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() throws Exception {
					made.add(factory.create(element));
				}

				@Override
				public void handleException(Throwable problem) {
					String what = describe(element);
					if (REPORTED.add(extensionPoint + "/" + element.getContributor().getName() + "/" + what)) {
						ILog.of(Contributions.class).log(Status.error("The contribution " + what + " to " + extensionPoint + " from "
								+ element.getContributor().getName() + " is left out: " + problem.getMessage(), problem));
					}
				}
			});
		}
		return made;
	}

	private static String describe(IConfigurationElement element) {
		for (String attribute : new String[] { "name", "id", "class", "file" }) {
			if (element.getAttribute(attribute) != null) {
				return "\u201c" + element.getAttribute(attribute) + "\u201d";
			}
		}
		return element.getName();
	}
}
