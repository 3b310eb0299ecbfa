package org.playbook.library.index;

import java.util.List;

import org.playbook.model.Practice;
import org.playbook.model.Source;
import org.playbook.model.Strategy;

/** The source of truth an index is (re)built from. */
public interface IndexContent {

	/** The practices to index (accepted ones only: proposals wait for review). */
	Iterable<Practice> practices();

	/** Calls the visitor for each strategy of each client. */
	void forEachStrategy(StrategyVisitor visitor);

	/** Calls the visitor for each post of the library, whose passages are indexed. */
	default void forEachPost(PostVisitor visitor) {
		// none by default
	}

	@FunctionalInterface
	interface StrategyVisitor {
		/**
		 * @param fileKey a stable key of the strategy's file; the strategy's documents are replaced by it
		 * @param stamp changes whenever the file does (e.g. its size and time); equal stamps are not re-indexed
		 */
		void visit(String fileKey, String stamp, String client, Strategy strategy);
	}

	@FunctionalInterface
	interface PostVisitor {
		void visit(Post post);
	}

	/**
	 * A post as the index needs it: its source, its whole text, and the accepted practices
	 * drawn from it (a passage shows those that quote it).
	 */
	record Post(Source source, String text, List<Practice> practices) {
		/** Changes whenever the post's text, its title or the practices drawn from it do. */
		public String stamp() {
			StringBuilder content = new StringBuilder().append(source.getTitle()).append('\u0000').append(source.getAuthor()).append('\u0000')
					.append(text.length()).append('\u0000').append(text.hashCode());
			for (Practice practice : practices) {
				content.append('\u0000').append(practice.getId()).append('\u0000').append(practice.getTitle());
			}
			return Integer.toHexString(content.toString().hashCode()) + "-" + content.length();
		}
	}

	/** Nothing at all: an empty index. */
	IndexContent NONE = library(List.of(), List.of());

	/** A library of these practices and posts, with no clients (benchmarks, tests). */
	static IndexContent library(Iterable<Practice> practices, List<Post> posts) {
		return new IndexContent() {
			@Override
			public Iterable<Practice> practices() {
				return practices;
			}

			@Override
			public void forEachStrategy(StrategyVisitor visitor) {
				// a library, no clients
			}

			@Override
			public void forEachPost(PostVisitor visitor) {
				posts.forEach(visitor::visit);
			}
		};
	}
}
