package org.playbook.library.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.playbook.model.PlaybookFactory;
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
		String text = decode(file, bytes(file));
		ParsedPost post;
		try {
			post = readers.read(file.getFileName().toString(), text);
		} catch (PostFormatException e) {
			throw new ImportException(file, e.getMessage());
		}
		String id = "import-" + shortHash(post.text());
		Source source = PlaybookFactory.eINSTANCE.createSource();
		source.setId(id);
		source.setTitle(post.title());
		source.setAuthor(post.author());
		if (post.published() != null) {
			source.setPublished(Date.from(post.published().atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		source.setOrigin(file.getFileName().toString());
		source.setDocument("posts/" + id + ".txt");
		return new ImportResult(file, post, source, proposer.propose(post, source, id));
	}

	private static byte[] bytes(Path file) throws ImportException {
		try {
			if (!Files.isRegularFile(file)) {
				throw new ImportException(file, "there is no such file");
			}
			long size = Files.size(file);
			if (size == 0) {
				throw new ImportException(file, "the file is empty");
			}
			if (size > MAX_BYTES) {
				throw new ImportException(file, String.format("the file is %.1f MB; posts larger than %d MB are not imported (is it a blog post?)",
						size / 1048576.0, MAX_BYTES / 1048576));
			}
			byte[] bytes = Files.readAllBytes(file);
			for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) {
				if (bytes[i] == 0) {
					throw new ImportException(file, "the file holds binary data, not the text of a post");
				}
			}
			return bytes;
		} catch (IOException e) {
			throw new ImportException(file, "the file cannot be read (" + e.getMessage() + ")");
		}
	}

	/** UTF-8 (with or without a byte-order mark), or the charset an HTML page declares; line ends normalised. */
	private static String decode(Path file, byte[] bytes) throws ImportException {
		int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
		String text;
		try {
			text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
		} catch (CharacterCodingException notUtf8) {
			text = declaredCharset(file, bytes);
		}
		return text.replace("\r\n", "\n").replace('\r', '\n');
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
