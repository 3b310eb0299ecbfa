package org.playbook.workspace.templates;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.framework.Bundle;
import org.playbook.model.Strategy;
import org.playbook.workspace.Contributions;
import org.playbook.workspace.PlaybookFiles;

/**
 * The strategy templates contributed to {@value #EXTENSION_POINT}. A template is a strategy
 * file in the contributing bundle ({@code file}) or a class ({@code class}). A contribution
 * that is broken (no such file or class, a file that is not a strategy, a class that throws)
 * is logged once with the bundle that contributed it and left out ({@link Contributions}); the others are offered.
 */
public final class StrategyTemplates {
	public static final String EXTENSION_POINT = "org.playbook.workspace.templates";

	private StrategyTemplates() {
	}

	/** The contributed templates, Blank first, then by name; each checked by creating one strategy from it. */
	public static List<StrategyTemplate> all() {
		List<StrategyTemplate> templates = new ArrayList<>(Contributions.create(EXTENSION_POINT, "template", element -> {
			StrategyTemplate template = element.getAttribute("class") != null ? (StrategyTemplate) element.createExecutableExtension("class")
					: new FileTemplate(element);
			template.create(); // a template that cannot make a strategy is not offered
			return new SafeTemplate(template, element.getContributor().getName());
		}));
		if (templates.isEmpty()) {
			templates.add(new BlankTemplate()); // outside the platform (no registry)
		}
		templates.sort(Comparator.comparing((StrategyTemplate t) -> !BlankTemplate.ID.equals(t.id())).thenComparing(StrategyTemplate::name));
		return templates;
	}

	/** A template read from a strategy file of the contributing bundle; each use reads a fresh copy. */
	private static final class FileTemplate implements StrategyTemplate {
		private final IConfigurationElement element;

		FileTemplate(IConfigurationElement element) {
			this.element = element;
		}

		@Override
		public String id() {
			return element.getAttribute("id");
		}

		@Override
		public String name() {
			return element.getAttribute("name");
		}

		@Override
		public String description() {
			String description = element.getAttribute("description");
			return description == null ? "" : description;
		}

		@Override
		public Strategy create() {
			Bundle bundle = Platform.getBundle(element.getContributor().getName());
			String path = element.getAttribute("file");
			// FileLocator also looks in the bundle's fragments, where a contribution may come from
			URL entry = bundle == null || path == null ? null : FileLocator.find(bundle, IPath.fromPortableString(path));
			if (entry == null) {
				throw new IllegalStateException("the template file " + path + " is not in the bundle");
			}
			Resource resource = PlaybookFiles.newResourceSet().createResource(URI.createURI("template." + PlaybookFiles.STRATEGY_EXTENSION));
			try (InputStream in = entry.openStream()) {
				resource.load(in, Map.of());
			} catch (IOException e) {
				throw new IllegalStateException("the template file " + path + " cannot be read: " + e.getMessage(), e);
			}
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Strategy strategy)) {
				throw new IllegalStateException("the template file " + path + " holds no strategy");
			}
			// a copy in no resource: the new file gets its own element ids
			return EcoreUtil.copy(strategy);
		}
	}

	/** A contributed template whose later failures say which bundle it came from. */
	private record SafeTemplate(StrategyTemplate template, String contributor) implements StrategyTemplate {
		@Override
		public String id() {
			return template.id();
		}

		@Override
		public String name() {
			return template.name();
		}

		@Override
		public String description() {
			return template.description();
		}

		@Override
		public Strategy create() {
			try {
				return template.create();
			} catch (RuntimeException e) {
				throw new IllegalStateException("The template \"" + name() + "\" from " + contributor + " failed: " + e.getMessage(), e);
			}
		}
	}

	/** Used by tests and the wizards when a template must be found by id. */
	public static StrategyTemplate byId(String id) throws CoreException {
		return all().stream().filter(t -> t.id().equals(id)).findFirst()
				.orElseThrow(() -> new CoreException(Status.error("No strategy template with the id " + id)));
	}
}
