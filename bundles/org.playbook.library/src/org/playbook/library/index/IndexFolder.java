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
	public static final int FORMAT = 7; // 5: a gap of positions between the values of a field; 6: meaning vectors; 7: their keys, the vectors in a graph of their own
	private static final String STAMP = "playbook-index.properties";
	/** The reason of a first build: nothing was wrong. */
	public static final String NO_INDEX_YET = "there was no index yet";

	private final Path folder;
	private final int format;

	/** The folder of the words' index, of {@link #FORMAT}. */
	public IndexFolder(Path folder) {
		this(folder, FORMAT);
	}

	/** The folder of an index whose layout has a format number of its own (the meanings' graph). */
	public IndexFolder(Path folder, int format) {
		this.folder = folder;
		this.format = format;
	}

	public Path path() {
		return folder;
	}

	/** Why the index here cannot be used as it is, or null when it can. */
	public String problem(Directory directory) {
		Path stamp = folder.resolve(STAMP);
		if (!Files.isRegularFile(stamp)) {
			return isEmpty() ? NO_INDEX_YET : "the index has no format stamp (a rebuild was cut short, or it was not written by Playbook)";
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(stamp)) {
			properties.load(in);
		} catch (IOException | IllegalArgumentException e) {
			return "the index's format stamp cannot be read";
		}
		if (properties.getProperty("format") == null || properties.getProperty("lucene") == null) {
			return "the index's format stamp is damaged";
		}
		if (!String.valueOf(format).equals(properties.getProperty("format"))
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
			return "the index was damaged: " + plain(e);
		}
	}

	/**
	 * Why the index in the folder must be built anew, or null when it can be used as it is:
	 * looked at under its write lock, and the folder wiped (but the lock) when it must.
	 *
	 * @param displaced why the folder itself was replaced ({@link #makeFolder}), or null
	 * @throws org.apache.lucene.store.LockObtainFailedException when another process writes the index
	 */
	public String problemWiped(Directory directory, String displaced) throws IOException {
		try (org.apache.lucene.store.Lock lock = directory.obtainLock(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME)) {
			String problem = displaced != null ? displaced : problem(directory);
			if (problem != null) {
				unstamp();
				wipe();
			}
			return problem;
		}
	}

	/** What went wrong with the index's files, in words rather than Lucene's exception names. */
	public static String plain(Exception e) {
		if (e instanceof org.apache.lucene.index.CorruptIndexException) {
			return "a file of it failed its checksum";
		}
		if (e instanceof org.apache.lucene.index.IndexFormatTooOldException || e instanceof org.apache.lucene.index.IndexFormatTooNewException) {
			return "it was written by another version of Lucene";
		}
		if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.io.FileNotFoundException
				|| e instanceof org.apache.lucene.index.IndexNotFoundException) {
			return "a file of it is missing";
		}
		if (e instanceof java.io.EOFException) {
			return "a file of it is cut short";
		}
		if (e instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
			return fs.getReason().toLowerCase(java.util.Locale.ROOT);
		}
		return "it cannot be read";
	}

	/**
	 * Makes the index folder, removing whatever else stands in its place (a file, a link): it
	 * lies in Playbook's own state area and holds nothing that exists only there.
	 * @return why the index must be rebuilt because of that, or null when the folder was fine
	 */
	public static String makeFolder(Path folder) throws IOException {
		String displaced = null;
		if (Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			displaced = Files.isSymbolicLink(folder) ? "a link stood where the index folder belongs" : "a file stood where the index folder belongs";
			Files.delete(folder);
		}
		Files.createDirectories(folder);
		return displaced;
	}

	/** Removes every file of the index but its write lock, which the caller holds; the folder itself stays. */
	public void wipe() throws IOException {
		Files.createDirectories(folder);
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (!file.getFileName().toString().equals(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME)
						&& !Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					Files.delete(file);
				}
			}
		}
	}

	/** Records that the index now in the folder is complete and of this format. */
	public void stamp() throws IOException {
		Properties properties = new Properties();
		properties.setProperty("format", String.valueOf(format));
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

	/** No file but the write lock, which whoever checks holds. */
	private boolean isEmpty() {
		try (Stream<Path> files = Files.list(folder)) {
			return files.noneMatch(file -> !file.getFileName().toString().equals(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME));
		} catch (IOException e) {
			return true;
		}
	}
}
