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
import java.util.ArrayList;
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
 * Thread-safe.
 */
public final class StoredEmbeddings implements Closeable {
	private static final byte[] MAGIC = "PBMEANS1".getBytes(StandardCharsets.US_ASCII);
	private static final int MODEL_NAME_BYTES = 64;
	private static final int HEADER = MAGIC.length + Integer.BYTES + MODEL_NAME_BYTES;
	private static final int KEY = 16;
	private static final int RECORD = KEY + SentenceEmbeddings.DIMENSION * Float.BYTES + Integer.BYTES;

	private final Path file;
	private final Map<Key, float[]> vectors = new HashMap<>();
	private FileChannel channel;
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
		return vectors.size();
	}

	/** Whether the text's vector is here already. */
	public synchronized boolean contains(String text) {
		return vectors.containsKey(Key.of(text));
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
		Map<Key, String> missing = new LinkedHashMap<>();
		List<Key> keys = new ArrayList<>(texts.size());
		synchronized (this) {
			for (int i = 0; i < texts.size(); i++) {
				Key key = Key.of(texts.get(i));
				keys.add(key);
				found[i] = vectors.get(key);
				if (found[i] == null) {
					missing.putIfAbsent(key, texts.get(i));
				}
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
		vectors.putAll(added);
		if (channel == null) {
			return;
		}
		ByteBuffer records = ByteBuffer.allocate(RECORD * added.size()).order(ByteOrder.LITTLE_ENDIAN);
		added.forEach((key, vector) -> write(records, key, vector));
		records.flip();
		try (FileLock lock = channel.lock()) {
			long end = channel.size();
			long whole = HEADER + (end - HEADER) / RECORD * RECORD;
			if (whole != end) { // another process was killed in the middle of a record
				channel.truncate(whole);
			}
			channel.position(whole);
			while (records.hasRemaining()) {
				channel.write(records);
			}
		} catch (IOException e) {
			closeQuietly();
			problem = "the stored sentence vectors " + file + " cannot be written (" + e.getMessage() + "); they are kept in memory this time";
		}
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
				while (chunk.remaining() >= RECORD) {
					if (!read(chunk)) {
						dropped++;
					}
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

	/** Reads one record into the map; false when its checksum fails. */
	private boolean read(ByteBuffer records) {
		int start = records.position();
		CRC32 crc = new CRC32();
		crc.update(records.array(), start, RECORD - Integer.BYTES);
		Key key = new Key(records.getLong(), records.getLong());
		float[] vector = new float[SentenceEmbeddings.DIMENSION];
		for (int i = 0; i < vector.length; i++) {
			vector[i] = records.getFloat();
		}
		if (records.getInt() != (int) crc.getValue()) {
			return false;
		}
		vectors.put(key, vector);
		return true;
	}

	private void closeQuietly() {
		try {
			close();
		} catch (IOException ignored) {
			// the vectors stay in memory
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

	/** A text's key: the first 16 bytes of its SHA-256 (a collision among a library's texts is not to be feared). */
	private record Key(long high, long low) {
		static Key of(String text) {
			try {
				ByteBuffer digest = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
				return new Key(digest.getLong(), digest.getLong());
			} catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException("every Java has SHA-256", e);
			}
		}
	}
}
