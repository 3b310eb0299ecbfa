package org.playbook.library.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;

/**
 * The post readers contributed to the {@value #EXTENSION_POINT} extension point, highest
 * priority first. Each contribution is created and called inside SafeRunner: one that
 * cannot be created, is of the wrong type or throws is logged once, named, and skipped,
 * and the next reader gets the post. Without an extension registry (a plain Java program)
 * the built-in plain-text and HTML readers serve.
 */
public final class PostReaders {
	public static final String EXTENSION_POINT = "org.playbook.library.sources";
	private static final String BUNDLE = "org.playbook.library";

	private final List<Contribution> contributions;
	/** Readers made so far, and contributions that failed and are now skipped. */
	private final java.util.Map<String, PostReader> created = new java.util.concurrent.ConcurrentHashMap<>();
	private final java.util.Set<String> disabled = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** One reader as contributed: its id and name for messages, and how to make it. */
	record Contribution(String id, String name, int priority, IConfigurationElement element, PostReader builtIn) {
	}

	private PostReaders(List<Contribution> contributions) {
		this.contributions = contributions;
	}

	/** The readers of the running product's extension registry. */
	public static PostReaders fromRegistry() {
		if (RegistryFactory.getRegistry() == null) {
			return builtIn();
		}
		List<Contribution> found = new ArrayList<>();
		for (IConfigurationElement element : RegistryFactory.getRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("reader".equals(element.getName())) {
				found.add(new Contribution(element.getAttribute("id"), element.getAttribute("name"), priority(element), element, null));
			}
		}
		found.sort(Comparator.comparingInt(Contribution::priority).reversed());
		return found.isEmpty() ? builtIn() : new PostReaders(found);
	}

	/** Plain text and HTML only. */
	public static PostReaders builtIn() {
		return new PostReaders(List.of(new Contribution("html", "HTML posts", 10, null, new HtmlPostReader()),
				new Contribution("text", "Plain text posts", 0, null, new PlainTextPostReader())));
	}

	/** Reads the post with the first reader that takes it and does not fail. */
	public ParsedPost read(String fileName, String text) throws PostFormatException {
		PostFormatException rejection = null;
		for (Contribution contribution : contributions) {
			PostReader reader = readerOf(contribution);
			if (reader == null || !safely(contribution, () -> reader.canRead(fileName, text), false)) {
				continue;
			}
			Outcome outcome = new Outcome();
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() throws Exception {
					try {
						outcome.post = reader.read(fileName, text);
					} catch (PostFormatException e) {
						outcome.rejection = e;
					}
				}

				@Override
				public void handleException(Throwable e) {
					disabled.add(contribution.id());
					log(contribution, "failed on " + fileName + " and is disabled", e);
				}
			});
			if (outcome.post != null) {
				return outcome.post;
			}
			if (outcome.rejection != null && rejection == null) {
				rejection = outcome.rejection;
			}
		}
		throw rejection != null ? rejection : new PostFormatException("no post reader understands this kind of file");
	}

	/** Names of the readers, for help texts. */
	public List<String> names() {
		return contributions.stream().map(Contribution::name).toList();
	}

	/** The contribution's reader, made once; null for a contribution that has failed. */
	private PostReader readerOf(Contribution contribution) {
		if (disabled.contains(contribution.id())) {
			return null;
		}
		PostReader reader = created.computeIfAbsent(contribution.id(), id -> {
			PostReader made = create(contribution);
			return made != null ? made : BROKEN;
		});
		if (reader == BROKEN) {
			disabled.add(contribution.id());
			return null;
		}
		return reader;
	}

	/** Stands in the cache for a contribution that could not be made. */
	private static final PostReader BROKEN = new PlainTextPostReader();

	private PostReader create(Contribution contribution) {
		if (contribution.builtIn() != null) {
			return contribution.builtIn();
		}
		return safely(contribution, () -> {
			Object created = contribution.element().createExecutableExtension("class");
			if (created instanceof PostReader reader) {
				return reader;
			}
			throw new CoreException(Status.error(contribution.element().getAttribute("class") + " does not implement "
					+ PostReader.class.getName()));
		}, null);
	}

	private <T> T safely(Contribution contribution, java.util.concurrent.Callable<T> call, T fallback) {
		Outcome outcome = new Outcome();
		SafeRunner.run(new ISafeRunnable() {
			@Override
			public void run() throws Exception {
				outcome.value = call.call();
			}

			@Override
			public void handleException(Throwable e) {
				disabled.add(contribution.id());
				log(contribution, "is disabled", e);
			}
		});
		@SuppressWarnings("unchecked")
		T value = (T) outcome.value;
		return outcome.value != null ? value : fallback;
	}

	private static void log(Contribution contribution, String what, Throwable e) {
		String plugin = contribution.element() != null ? contribution.element().getContributor().getName() : BUNDLE;
		String message = "Post reader '" + contribution.name() + "' (" + contribution.id() + ") from plugin " + plugin + " " + what + ": " + e;
		if (org.osgi.framework.FrameworkUtil.getBundle(PostReaders.class) != null) {
			ILog.of(PostReaders.class).log(new Status(IStatus.ERROR, BUNDLE, message, e));
		} else {
			System.err.println(message);
		}
	}

	private static int priority(IConfigurationElement element) {
		try {
			return Integer.parseInt(element.getAttribute("priority"));
		} catch (NumberFormatException | NullPointerException e) {
			return 0;
		}
	}

	private static final class Outcome {
		Object value;
		ParsedPost post;
		PostFormatException rejection;
	}
}
