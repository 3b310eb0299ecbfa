package org.playbook.workspace.projects;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.ModelReader;

/**
 * Client and strategy files as read for the navigator, kept until the file changes (the
 * workspace's modification stamp says when). Labels, filters and section lists read from
 * here, so a tree of 2,000 clients reads each client file once, not at every repaint.
 */
public final class ModelCache {
	private record Entry(long stamp, LoadResult<? extends EObject> result) {
	}

	private final Map<IFile, Entry> entries = new ConcurrentHashMap<>();

	/** The file's model, read now if it changed since it was last read; never null (a failed read says why). */
	@SuppressWarnings("unchecked")
	public <T extends EObject> LoadResult<T> read(IFile file, Class<T> type) {
		long stamp = file.getModificationStamp();
		Entry entry = entries.get(file);
		if (entry == null || entry.stamp() != stamp || entry.result().isOk() && !type.isInstance(entry.result().root())) {
			entry = new Entry(stamp, new ModelReader().read(file.getLocation().toPath(), type));
			entries.put(file, entry);
		}
		return (LoadResult<T>) entry.result();
	}

	/** Forgets everything read (benchmarks measure a cold start with it). */
	public void clear() {
		entries.clear();
	}
}
