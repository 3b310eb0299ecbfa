package org.playbook.workspace.models;

/** Hears what happens to the documents of the {@link ModelService}; called on the model's thread. */
public interface ModelListener {

	/** The document's file changed on disk and the document was read again: its root is a new object. */
	default void reloaded(ModelDocument document) {
	}

	/**
	 * The document's file changed on disk while it has unsaved edits: nothing was reloaded.
	 * Said once per change; whoever edits the document asks what to keep.
	 */
	default void changedOnDisk(ModelDocument document) {
	}

	/** A command was done, undone or redone on the document, or it was saved. */
	default void changed(ModelDocument document) {
	}
}
