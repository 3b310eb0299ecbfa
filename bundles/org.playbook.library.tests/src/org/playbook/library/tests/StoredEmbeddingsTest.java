package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.library.embedding.SentenceEmbeddings;
import org.playbook.library.embedding.StoredEmbeddings;

/** The stored vectors survive a kill in the middle of a write, damage and forgery, and never give a wrong vector. */
public class StoredEmbeddingsTest {
	/** A record: the text's key, its vector, a checksum. */
	private static final long RECORD = 16 + SentenceEmbeddings.DIMENSION * 4 + 4;
	private static final List<String> TEXTS = List.of("Reply within an hour.", "Never buy followers.", "Post three times a week.");

	@TempDir
	Path folder;

	@Test
	public void vectorsAreKeptAndReadBackAsComputed() throws IOException {
		Path file = folder.resolve("meanings");
		List<float[]> computed;
		try (StoredEmbeddings stored = StoredEmbeddings.open(file)) {
			computed = stored.embed(TEXTS);
		}
		try (StoredEmbeddings stored = StoredEmbeddings.open(file)) {
			assertNull(stored.problem());
			assertEquals(3, stored.size());
			for (int i = 0; i < TEXTS.size(); i++) {
				assertTrue(stored.contains(TEXTS.get(i)));
				assertArrayEquals(computed.get(i), stored.embed(TEXTS.get(i)));
				// the quantised model's ranges are set per batch: a text run alone or with others gets the same
				// meaning, not the same bits (cosine 0.97 to 0.99 measured), and unlike texts stay far apart
				float alone = SentenceEmbeddings.cosine(SentenceEmbeddings.shared().embed(TEXTS.get(i)), stored.embed(TEXTS.get(i)));
				assertTrue(alone > 0.95f, "the model's own vector: " + alone);
				assertTrue(SentenceEmbeddings.cosine(stored.embed(TEXTS.get(i)), stored.embed(TEXTS.get((i + 1) % TEXTS.size()))) < 0.5f);
			}
		}
	}

	@Test
	public void aRecordCutShortByAKillIsCutOff() throws IOException {
		Path file = folder.resolve("meanings");
		try (StoredEmbeddings stored = StoredEmbeddings.open(file)) {
			stored.embed(TEXTS);
		}
		long whole = Files.size(file);
		try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
			raw.setLength(whole - 700); // the last record half written
		}
		try (StoredEmbeddings stored = StoredEmbeddings.open(file)) {
			assertNotNull(stored.problem());
			assertTrue(stored.problem().contains("cut short"), stored.problem());
			assertEquals(2, stored.size(), "the two whole records are kept");
			stored.embed(TEXTS); // the third is embedded again and appended where the cut record stood
		}
		assertEquals(whole, Files.size(file));
		try (StoredEmbeddings stored = StoredEmbeddings.open(file)) {
			assertNull(stored.problem());
			assertEquals(3, stored.size());
		}
	}

	@Test
	public void aDamagedRecordIsEmbeddedAgainNeverUsed() throws IOException {
		Path file = folder.resolve("meanings");
		float[] original;
		try (StoredEmbeddings stored = StoredEmbeddings.open(file)) {
			original = stored.embed(TEXTS).get(1);
		}
		long header = Files.size(file) - 3L * RECORD;
		try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
			raw.seek(header + RECORD + 100); // inside the second record's vector
			raw.write(new byte[] { 9, 9, 9, 9 });
		}
		try (StoredEmbeddings stored = StoredEmbeddings.open(file)) {
			assertTrue(stored.problem().contains("damaged"), stored.problem());
			assertEquals(2, stored.size());
			float[] again = stored.embed(TEXTS.get(1));
			assertTrue(SentenceEmbeddings.cosine(original, again) > 0.95f, "computed again, not read from the damaged record");
			assertTrue(Math.abs(SentenceEmbeddings.cosine(again, again) - 1) < 1e-3, "a unit vector, not the damaged bytes");
		}
	}

	/** Only where each record lies is held: a vector is read from the file when asked for, and checked again then. */
	@Test
	public void aRecordDamagedWhileOpenIsEmbeddedAgainNeverUsed() throws IOException {
		Path file = folder.resolve("meanings");
		try (StoredEmbeddings stored = StoredEmbeddings.open(file)) {
			float[] original = stored.embed(TEXTS).get(2);
			long header = Files.size(file) - 3L * RECORD;
			try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
				raw.seek(header + 2 * RECORD + 200); // inside the third record's vector
				raw.write(new byte[] { 9, 9, 9, 9 });
			}
			float[] again = stored.embed(TEXTS.get(2));
			// alone, the quantised model gives the same meaning in other bits: read from the file, found damaged, computed again
			assertFalse(java.util.Arrays.equals(original, again), "the vector is read from the file, not held in memory");
			assertTrue(SentenceEmbeddings.cosine(original, again) > 0.95f, "computed again, not read from the damaged record");
			assertTrue(Math.abs(SentenceEmbeddings.cosine(again, again) - 1) < 1e-3, "a unit vector, not the damaged bytes");
			assertArrayEquals(stored.embed(TEXTS.get(0)), stored.embed(TEXTS).get(0), "the whole records are read as written");
		}
		try (StoredEmbeddings stored = StoredEmbeddings.open(file)) {
			assertTrue(stored.problem().contains("damaged"), stored.problem());
			assertEquals(3, stored.size(), "the vector computed again was appended");
		}
	}

	@Test
	public void aFileOfAnotherFormatIsStartedAnew() throws IOException {
		Path file = Files.writeString(folder.resolve("meanings"), "not a file of vectors at all, but long enough to have a header of some kind");
		try (StoredEmbeddings stored = StoredEmbeddings.open(file)) {
			assertTrue(stored.problem().contains("another model or format"), stored.problem());
			assertEquals(0, stored.size());
			stored.embed(TEXTS);
		}
		try (StoredEmbeddings stored = StoredEmbeddings.open(file)) {
			assertNull(stored.problem());
			assertEquals(3, stored.size());
		}
	}

	@Test
	public void aFolderThatCannotBeWrittenKeepsTheVectorsInMemory() throws IOException {
		Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
		try (StoredEmbeddings stored = StoredEmbeddings.open(notAFolder.resolve("meanings"))) {
			assertNotNull(stored.problem());
			assertEquals(3, stored.embed(TEXTS).size(), "embedding still works");
			assertEquals(3, stored.size());
		}
	}

	/** A record's size, from the file of three records and its known header. */
	private static long recordSize(Path file) throws IOException {
		return 16 + SentenceEmbeddings.DIMENSION * 4 + 4;
	}
}
