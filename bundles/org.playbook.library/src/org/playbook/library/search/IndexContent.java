package org.playbook.library.search;

import org.playbook.model.Practice;
import org.playbook.model.Strategy;

/** The source of truth an index is (re)built from. */
public interface IndexContent {

	/** The practices to index (accepted ones only: proposals wait for review). */
	Iterable<Practice> practices();

	/** Calls the visitor for each strategy of each client. */
	void forEachStrategy(StrategyVisitor visitor);

	@FunctionalInterface
	interface StrategyVisitor {
		/**
		 * @param fileKey a stable key of the strategy's file; the strategy's documents are replaced by it
		 * @param stamp changes whenever the file does (e.g. its size and time); equal stamps are not re-indexed
		 */
		void visit(String fileKey, String stamp, String client, Strategy strategy);
	}

	/** Nothing at all: an empty index. */
	IndexContent NONE = new IndexContent() {
		@Override
		public Iterable<Practice> practices() {
			return java.util.List.of();
		}

		@Override
		public void forEachStrategy(StrategyVisitor visitor) {
			// none
		}
	};
}
