package org.playbook.library.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.playbook.model.PlaybookFactory;
import org.playbook.model.Practice;
import org.playbook.workspace.ReadableFile;
import org.playbook.model.Source;

/**
 * Reads a post file into a source and proposed practices, changing nothing anywhere: what
 * is wrong with a file (missing, empty, binary, huge, not UTF-8, no readable text) comes
 * back as an {@link ImportException} that names it and the problem.
 */
public final class PostImporter {
	/** Blog posts are kilobytes; a file this large is something else. */
	public static final long MAX_BYTES = 5L * 1024 * 1024;
	private static final Pattern HTML_CHARSET = Pattern.compile("<meta[^>]+charset=[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

	private final PostReaders readers;
	private final PracticeProposer proposer = new PracticeProposer();

	public PostImporter(PostReaders readers) {
		this.readers = readers;
	}

	public ImportResult read(Path file) throws ImportException {
		long start = System.nanoTime();
		ParsedPost post = parse(file);
		String name = PostText.clean(file.getFileName().toString()); // a name may hold control characters too
		String id = "import-" + shortHash(post.text());
		Source source = PlaybookFactory.eINSTANCE.createSource();
		source.setId(id);
		source.setTitle(post.title());
		source.setAuthor(post.author());
		if (post.published() != null) {
			source.setPublished(Date.from(post.published().atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		source.setOrigin(name);
		source.setDocument("posts/" + id + ".txt");
		Deadline deadline = new Deadline(file, start);
		deadline.check();
		List<Practice> proposals = new ArrayList<>();
		Map<Practice, ProposalReview> reviews = new HashMap<>();
		for (PracticeProposer.Draft draft : proposer.propose(post, source, id, deadline)) {
			proposals.add(draft.practice());
			reviews.put(draft.practice(), ProposalReview.found(draft.judgement(), draft.context(), draft.structuralPolarity()));
		}
		return new ImportResult(file, post, source, proposals, reviews);
	}

	/** The post a file holds, read by the reader its kind takes; nothing is proposed. */
	public ParsedPost parse(Path file) throws ImportException {
		String text = PostText.clean(decode(file, bytes(file)));
		String name = PostText.clean(file.getFileName().toString()); // a name may hold control characters too
		ParsedPost post;
		try {
			post = readers.read(name, text);
		} catch (PostFormatException e) {
			throw new ImportException(file, e.getMessage());
		}
		int unstorable = PostText.firstUnstorable(post.text() + post.title() + post.author() + post.origin());
		if (unstorable >= 0) { // a plugin's reader made characters up that no library file can hold
			throw new ImportException(file, "its reader produced a control character that cannot be stored; nothing was imported");
		}
		return post;
	}

	/** What the advice finder judges in a post file (for training and evaluating it on labelled posts). */
	public List<org.playbook.library.learning.Candidate> candidates(Path file) throws ImportException {
		long start = System.nanoTime();
		return proposer.candidates(parse(file), new Deadline(file, start));
	}

	/**
	 * The time one post may take to be read and proposed from: reading is linear in the size
	 * of the file, so only a pathological file comes near it, and it is refused, named.
	 */
	public static final class Deadline {
		public static final long SECONDS = 10;
		private final Path file;
		private final long end;

		Deadline(Path file, long startNanos) {
			this.file = file;
			this.end = startNanos + SECONDS * 1_000_000_000L;
		}

		Path file() {
			return file;
		}

		void check() throws ImportException {
			if (System.nanoTime() > end) {
				throw new ImportException(file, "too complex: reading it took over " + SECONDS + " s; nothing was imported");
			}
		}
	}

	private static byte[] bytes(Path file) throws ImportException {
		byte[] bytes;
		try {
			bytes = ReadableFile.read(file, MAX_BYTES);
		} catch (ReadableFile.UnreadableException e) {
			throw new ImportException(file, e.getMessage() + (e.getMessage().contains(" MB;") ? " (is it a blog post?)" : ""));
		}
		if (bytes.length == 0) {
			throw new ImportException(file, "the file is empty");
		}
		return bytes;
	}

	/**
	 * UTF-8 (with or without a byte-order mark), UTF-16 (with its mark, or without one when
	 * every other byte is zero), or the charset an HTML page declares; line ends normalised.
	 */
	private static String decode(Path file, byte[] bytes) throws ImportException {
		Charset unicode = Unicode.of(bytes);
		if (unicode == Unicode.UTF_32) {
			throw new ImportException(file, "the file is UTF-32 text, which is not read; save it as UTF-8 and import it again");
		}
		String text;
		if (unicode != null) {
			try {
				text = strict(unicode).decode(ByteBuffer.wrap(bytes, Unicode.markLength(bytes), bytes.length - Unicode.markLength(bytes))).toString();
			} catch (CharacterCodingException e) {
				throw new ImportException(file, "the file looks like " + unicode.name() + " text but is not; save it as UTF-8 and import it again");
			}
		} else if (hasZeroBytes(bytes)) {
			throw new ImportException(file, "the file holds binary data, not the text of a post");
		} else {
			try {
				text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
			} catch (CharacterCodingException notUtf8) {
				text = declaredCharset(file, bytes);
			}
		}
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static boolean hasZeroBytes(byte[] bytes) {
		for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}

	private static String declaredCharset(Path file, byte[] bytes) throws ImportException {
		String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
		Matcher declared = HTML_CHARSET.matcher(head);
		if (declared.find()) {
			try {
				return strict(Charset.forName(declared.group(1))).decode(ByteBuffer.wrap(bytes)).toString();
			} catch (IllegalCharsetNameException | UnsupportedCharsetException | CharacterCodingException e) {
				throw new ImportException(file, "the page declares the encoding " + declared.group(1) + " but its bytes are not in it");
			}
		}
		int bad = firstInvalidUtf8(bytes);
		long line = 1 + new String(bytes, 0, bad, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count();
		throw new ImportException(file, "the file is not UTF-8 text (first invalid byte at offset " + bad + ", line " + line
				+ "); save it as UTF-8 and import it again");
	}

	private static int firstInvalidUtf8(byte[] bytes) {
		CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
		decoder.decode(in, out, true);
		return in.position();
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static String shortHash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
