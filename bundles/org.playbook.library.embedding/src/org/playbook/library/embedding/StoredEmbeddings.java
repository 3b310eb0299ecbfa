package org.playbook.library.embedding;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The meanings already computed, kept so that no text is embedded twice: a library's
 * passages and practices are embedded once, when they first come in, and an index rebuilt
 * from scratch reads them back instead of running the model again (which costs some
 * milliseconds a passage on two cores).
 * <p>
 * The file is a cache, never the only copy of anything: a header naming the model and its
 * dimension, then records of a fixed size, each the first 16 bytes of the text's SHA-256,
 * its vector and a CRC-32 of both. Records are only appended, under an OS lock, so two
 * processes on one workspace may both add to it. A record cut short by a kill is cut off on
 * the next open; a record whose checksum fails is skipped (its text is embedded again); a
 * file of another model or format is started anew. {@link #problem()} says what was found.
 * <p>
 * Only where each record lies is held in memory (about 90 bytes a text, against 1.6 KB for
 * its vector); a vector is read from the file when asked for, so a library of 100,000
 * practices and their passages does not keep 400 MB of vectors on the heap. Thread-safe.
 */
public final class StoredEmbeddings implements Closeable {
	private static final byte[] MAGIC = "PBMEANS1".getBytes(StandardCharsets.US_ASCII);
	private static final int MODEL_NAME_BYTES = 64;
	private static final int HEADER = MAGIC.length + Integer.BYTES + MODEL_NAME_BYTES;
	private static final int KEY = 16;
	private static final int RECORD = KEY + SentenceEmbeddings.DIMENSION * Float.BYTES + Integer.BYTES;

	private final Path file;
	/** Where the record of each text's vector starts in the file. */
	private final Map<Key, Long> records = new HashMap<>();
	/** The vectors kept in memory only: all of them without a file, those that could not be written with one. */
	private final Map<Key, float[]> unwritten = new HashMap<>();
	private FileChannel channel;
	/** False once a write failed: the file is still read, new vectors stay in memory. */
	private boolean writable = true;
	private String problem;

	private StoredEmbeddings(Path file) {
		this.file = file;
	}

	/** Vectors kept in memory only, for as long as this object lives (the CLI without a workspace, tests). */
	public static StoredEmbeddings inMemory() {
		return new StoredEmbeddings(null);
	}

	/**
	 * The vectors kept in the file, which is created when missing. A file that cannot be read
	 * or written leaves the vectors in memory only, and {@link #problem()} says why.
	 */
	public static StoredEmbeddings open(Path file) {
		StoredEmbeddings stored = new StoredEmbeddings(file);
		try {
			stored.load();
		} catch (IOException e) {
			stored.closeQuietly();
			stored.records.clear();
			stored.problem = "the stored sentence vectors " + file + " cannot be used (" + e.getMessage() + "); they are kept in memory this time";
		}
		return stored;
	}

	/** What was wrong with the file when it was opened (records dropped, started anew, not writable), or null. */
	public synchronized String problem() {
		return problem;
	}

	/** How many texts have a vector here. */
	public synchronized int size() {
		return records.size() + unwritten.size();
	}

	/** Whether the text's vector is here already. */
	public synchronized boolean contains(String text) {
		Key key = Key.of(text);
		return records.containsKey(key) || unwritten.containsKey(key);
	}

	/** The vector of one text: the stored one, else computed by the model and stored. */
	public float[] embed(String text) throws IOException {
		return embed(List.of(text)).get(0);
	}

	/**
	 * The vectors of many texts, in their order: those stored are read back, the others are
	 * computed together (texts of like length in one batch) and stored.
	 */
	public List<float[]> embed(List<String> texts) throws IOException {
		float[][] found = new float[texts.size()][];
		Long[] at = new Long[texts.size()];
		List<Key> keys = texts.stream().map(Key::of).toList(); // hashed before the lock is taken
		FileChannel reading;
		synchronized (this) {
			reading = channel;
			for (int i = 0; i < texts.size(); i++) {
				found[i] = unwritten.get(keys.get(i));
				at[i] = found[i] == null ? records.get(keys.get(i)) : null;
			}
		}
		Map<Key, String> missing = new LinkedHashMap<>();
		for (int i = 0; i < found.length; i++) {
			if (found[i] == null && at[i] != null) {
				found[i] = readVector(reading, at[i], keys.get(i)); // outside the lock: reads at a position run side by side
			}
			if (found[i] == null) {
				missing.putIfAbsent(keys.get(i), texts.get(i));
			}
		}
		if (!missing.isEmpty()) {
			List<float[]> computed = SentenceEmbeddings.shared().embed(List.copyOf(missing.values()));
			Map<Key, float[]> added = new LinkedHashMap<>();
			int k = 0;
			for (Key key : missing.keySet()) {
				added.put(key, computed.get(k++));
			}
			store(added);
			for (int i = 0; i < found.length; i++) {
				if (found[i] == null) {
					found[i] = added.get(keys.get(i));
				}
			}
		}
		return List.of(found);
	}

	private synchronized void store(Map<Key, float[]> added) {
		if (channel == null || !writable) {
			unwritten.putAll(added);
			return;
		}
		ByteBuffer written = ByteBuffer.allocate(RECORD * added.size()).order(ByteOrder.LITTLE_ENDIAN);
		added.forEach((key, vector) -> write(written, key, vector));
		written.flip();
		try (FileLock lock = channel.lock()) {
			long end = channel.size();
			long whole = HEADER + (end - HEADER) / RECORD * RECORD;
			if (whole != end) { // another process was killed in the middle of a record
				channel.truncate(whole);
			}
			long at = whole;
			while (written.hasRemaining()) {
				at += channel.write(written, at);
			}
			long record = whole;
			for (Key key : added.keySet()) {
				records.put(key, record);
				record += RECORD;
			}
		} catch (IOException e) {
			writable = false;
			unwritten.putAll(added);
			problem = "the stored sentence vectors " + file + " cannot be written (" + e.getMessage() + "); new ones are kept in memory this time";
		}
	}

	/** The vector of the record at a position, or null when it cannot be read or is not that text's (it is computed again). */
	private static float[] readVector(FileChannel from, long position, Key key) {
		if (from == null) {
			return null;
		}
		ByteBuffer record = ByteBuffer.allocate(RECORD).order(ByteOrder.LITTLE_ENDIAN);
		try {
			while (record.hasRemaining()) {
				if (from.read(record, position + record.position()) < 0) {
					return null;
				}
			}
		} catch (IOException closedOrUnreadable) {
			return null;
		}
		record.flip();
		return key.equals(new Key(record.getLong(0), record.getLong(Long.BYTES))) && intact(record) ? vector(record) : null;
	}

	private void load() throws IOException {
		Files.createDirectories(file.getParent());
		channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
		try (FileLock lock = channel.lock()) {
			long size = channel.size();
			ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
			if (size > 0 && (size < HEADER || !header(readFully(header, 0)))) {
				problem = "the stored sentence vectors " + file + " were of another model or format; they are computed anew";
				channel.truncate(0);
				size = 0;
			}
			if (size == 0) {
				channel.write(newHeader(), 0);
				return;
			}
			int dropped = 0;
			long whole = HEADER + (size - HEADER) / RECORD * RECORD;
			ByteBuffer chunk = ByteBuffer.allocate(RECORD * 1024).order(ByteOrder.LITTLE_ENDIAN);
			for (long at = HEADER; at < whole; at += chunk.capacity()) {
				chunk.clear().limit((int) Math.min(chunk.capacity(), whole - at));
				readFully(chunk, at);
				for (int record = 0; chunk.remaining() >= RECORD; record += RECORD) {
					Key key = new Key(chunk.getLong(record), chunk.getLong(record + Long.BYTES));
					if (intact(chunk.slice(record, RECORD).order(ByteOrder.LITTLE_ENDIAN))) {
						records.put(key, at + record);
					} else {
						dropped++;
					}
					chunk.position(record + RECORD);
				}
			}
			if (whole != size) {
				channel.truncate(whole);
				problem = "the stored sentence vectors " + file + " ended in a record cut short (a write was interrupted); it was cut off";
			}
			if (dropped > 0) {
				problem = "the stored sentence vectors " + file + " had " + dropped + " damaged records; those texts are embedded again";
			}
		}
	}

	private ByteBuffer readFully(ByteBuffer buffer, long position) throws IOException {
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position()) < 0) {
				throw new IOException("the file ended early");
			}
		}
		return buffer.flip();
	}

	private static boolean header(ByteBuffer header) {
		byte[] magic = new byte[MAGIC.length];
		header.get(magic);
		int dimension = header.getInt();
		byte[] model = new byte[MODEL_NAME_BYTES];
		header.get(model);
		return java.util.Arrays.equals(magic, MAGIC) && dimension == SentenceEmbeddings.DIMENSION
				&& new String(model, StandardCharsets.UTF_8).strip().equals(SentenceEmbeddings.MODEL);
	}

	private static ByteBuffer newHeader() {
		ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
		header.put(MAGIC).putInt(SentenceEmbeddings.DIMENSION);
		byte[] model = java.util.Arrays.copyOf(SentenceEmbeddings.MODEL.getBytes(StandardCharsets.UTF_8), MODEL_NAME_BYTES);
		java.util.Arrays.fill(model, SentenceEmbeddings.MODEL.length(), MODEL_NAME_BYTES, (byte) ' ');
		return header.put(model).flip();
	}

	private static void write(ByteBuffer records, Key key, float[] vector) {
		int start = records.position();
		records.putLong(key.high()).putLong(key.low());
		for (float value : vector) {
			records.putFloat(value);
		}
		CRC32 crc = new CRC32();
		crc.update(records.array(), start, RECORD - Integer.BYTES);
		records.putInt((int) crc.getValue());
	}

	/** Whether a record (the buffer's first RECORD bytes) is as it was written: its checksum holds. */
	private static boolean intact(ByteBuffer record) {
		CRC32 crc = new CRC32();
		crc.update(record.slice(0, RECORD - Integer.BYTES));
		return record.getInt(RECORD - Integer.BYTES) == (int) crc.getValue();
	}

	/** The vector a record holds. */
	private static float[] vector(ByteBuffer record) {
		float[] vector = new float[SentenceEmbeddings.DIMENSION];
		record.slice(KEY, vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
		return vector;
	}

	private void closeQuietly() {
		try {
			close();
		} catch (IOException ignored) {
			// new vectors are kept in memory
		}
	}

	@Override
	public synchronized void close() throws IOException {
		if (channel != null) {
			FileChannel open = channel;
			channel = null;
			open.close();
		}
	}

	/**
	 * The key a text's vector is kept by: the first {@value #KEY} bytes of its SHA-256 (a
	 * collision among a library's texts is not to be feared). The index's graph of meanings
	 * keys its vectors the same way.
	 */
	public static byte[] key(String text) {
		try {
			return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), KEY);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	/** A text's {@link StoredEmbeddings#key} as a map's key. */
	private record Key(long high, long low) {
		static Key of(String text) {
			ByteBuffer key = ByteBuffer.wrap(key(text));
			return new Key(key.getLong(), key.getLong());
		}
	}
}
