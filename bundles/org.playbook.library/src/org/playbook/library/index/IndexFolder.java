package org.playbook.library.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Version;

/**
 * The folder an index lives in, with a small file beside the segments that records the
 * index format and the Lucene version that wrote it. An index of another format, or one
 * that fails its checksums, is wiped so it can be rebuilt from the source of truth (the
 * library and the strategies): it holds nothing that exists only there.
 */
public final class IndexFolder {
	/** Raise when the documents' layout changes: old indexes are then rebuilt, not misread. */
	public static final int FORMAT = 2;
	private static final String STAMP = "playbook-index.properties";

	private final Path folder;

	public IndexFolder(Path folder) {
		this.folder = folder;
	}

	public Path path() {
		return folder;
	}

	/** Why the index here cannot be used as it is, or null when it can. */
	public String problem(Directory directory) {
		Path stamp = folder.resolve(STAMP);
		if (!Files.isRegularFile(stamp)) {
			return isEmpty() ? "there was no index yet" : "the index has no format stamp";
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(stamp)) {
			properties.load(in);
		} catch (IOException | IllegalArgumentException e) {
			return "the index's format stamp cannot be read";
		}
		if (!String.valueOf(FORMAT).equals(properties.getProperty("format"))
				|| !Version.LATEST.toString().equals(properties.getProperty("lucene"))) {
			return "the index was written by another version (format " + properties.getProperty("format") + ", Lucene "
					+ properties.getProperty("lucene") + ")";
		}
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			for (LeafReaderContext leaf : reader.leaves()) {
				leaf.reader().checkIntegrity();
			}
			return null;
		} catch (IOException | RuntimeException e) {
			return "the index is damaged (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
		}
	}

	/** Removes every file of the index; the folder itself stays. */
	public void wipe() throws IOException {
		Files.createDirectories(folder);
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(file)) {
					Files.delete(file);
				}
			}
		}
	}

	/** Records that the index now in the folder is complete and of this format. */
	public void stamp() throws IOException {
		Properties properties = new Properties();
		properties.setProperty("format", String.valueOf(FORMAT));
		properties.setProperty("lucene", Version.LATEST.toString());
		Path temp = folder.resolve(STAMP + ".tmp");
		try (OutputStream out = Files.newOutputStream(temp)) {
			properties.store(out, "Playbook library index; delete the folder to force a rebuild");
		}
		Files.move(temp, folder.resolve(STAMP), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	/** Removes the stamp before a rebuild, so a rebuild cut short is detected and redone next time. */
	public void unstamp() throws IOException {
		Files.deleteIfExists(folder.resolve(STAMP));
	}

	private boolean isEmpty() {
		try (Stream<Path> files = Files.list(folder)) {
			return files.findAny().isEmpty();
		} catch (IOException e) {
			return true;
		}
	}
}
