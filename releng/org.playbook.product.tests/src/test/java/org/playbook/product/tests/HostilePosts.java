package org.playbook.product.tests;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A corpus of posts made to break an importer, written at test time from a seed: deep and
 * unclosed nesting, binary data, every Unicode encoding and broken ones, control characters
 * and terminal escapes, huge lines and words, oversized files, empty ones, HTML oddities,
 * and names no one would choose. Each file is unique, so no two are one post.
 */
final class HostilePosts {
	private static final String ADVICE = "Always answer a complaint within the hour. Never delete a critical comment; reply to it in public. ";
	private final Random random;
	private final Path folder;
	private final List<Path> files = new ArrayList<>();
	private int count;

	private HostilePosts(Path folder, long seed) {
		this.folder = folder;
		this.random = new Random(seed);
	}

	static List<Path> write(Path folder, long seed) throws IOException {
		HostilePosts posts = new HostilePosts(Files.createDirectories(folder), seed);
		posts.nesting();
		posts.binary();
		posts.encodings();
		posts.controlCharacters();
		posts.hugeLines();
		posts.sizes();
		posts.htmlOddities();
		posts.manyBlocks();
		posts.textOddities();
		posts.names();
		posts.mixtures(40);
		return posts.files;
	}

	private void nesting() throws IOException {
		String[] levels = { "<div><p>x ", "<ul><li>x ", "<table><tr><td>x ", "<blockquote>x ", "<span>x ", "<li>", "<p>", "<div class=\"comment-body\">",
				"<article class=\"comment\"><p>x ", "<h2><p>x ", "<b><i><u>x ", "<ol><li><ul><li>x " };
		for (String level : levels) {
			for (int depth : new int[] { 1_000, 10_000, 50_000, 100_000 }) {
				html("nest", "<html><body><article><h1>Deep " + unique() + "</h1><p>" + ADVICE + "</p>" + level.repeat(depth) + "</article></body></html>");
			}
			html("nest-comments", "<html><body><article><p>" + ADVICE + unique() + "</p></article><div id=\"comments\">" + level.repeat(20_000)
					+ "</div></body></html>");
		}
	}

	private void binary() throws IOException {
		for (int i = 0; i < 40; i++) {
			byte[] bytes = new byte[1 + random.nextInt(200_000)];
			random.nextBytes(bytes);
			bytes(i % 3 == 0 ? "binary.txt" : i % 3 == 1 ? "binary.html" : "binary", bytes);
		}
		bytes("png.html", concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, randomBytes(5000)));
		bytes("zip.txt", concat(new byte[] { 'P', 'K', 3, 4 }, randomBytes(5000)));
		bytes("pdf.txt", ("%PDF-1.7\n" + new String(randomBytes(3000), StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1));
		bytes("nul-late.txt", concat(text("Late Zero").getBytes(StandardCharsets.UTF_8), new byte[] { 0, 0, 0 }));
	}

	private void encodings() throws IOException {
		for (String charset : new String[] { "UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE", "ISO-8859-1", "windows-1252", "Shift_JIS", "GB18030",
				"KOI8-R" }) {
			String post = text("Café crème ‘quotes’ — " + charset) + "Ça marche, très bien. Привет. 日本語。\n";
			bytes("encoding-" + charset + ".txt", post.getBytes(Charset.forName(charset)));
			bytes("encoding-" + charset + "-bom.txt", concat(bom(charset), post.getBytes(Charset.forName(charset))));
			bytes("encoding-" + charset + ".html", ("<html><head><meta charset=\"" + charset + "\"></head><body><article><p>" + post + "</p></article></body></html>")
					.getBytes(Charset.forName(charset)));
		}
		byte[][] broken = { { (byte) 0xC0, (byte) 0xAF }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80 },
				{ (byte) 0xFF }, { (byte) 0xE2, (byte) 0x82 }, { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFE, (byte) 0xFF } };
		for (byte[] bad : broken) {
			bytes("broken-utf8.txt", concat(concat(text("Broken").getBytes(StandardCharsets.UTF_8), bad), ADVICE.getBytes(StandardCharsets.UTF_8)));
		}
		bytes("declared-wrong.html", "<html><head><meta charset=\"no-such-charset\"></head><body><p>caf\u00e9</p></body></html>".getBytes(StandardCharsets.ISO_8859_1));
		bytes("declared-ascii.html", ("<html><head><meta charset=\"US-ASCII\"></head><body><p>caf\u00e9 " + unique() + "</p></body></html>")
				.getBytes(StandardCharsets.ISO_8859_1));
	}

	private void controlCharacters() throws IOException {
		String[] controls = { "\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b", "\u001b[2J\u001b[H", "\u001b]0;owned\u0007", "\u007f", "\u0085",
				"\u009b31m", "\u202e", "\u2066", "\ufeff", "\ufffe", "\uffff", "\r", "\r\r\n" };
		for (String control : controls) {
			bytes("control.txt", sprinkle(text("Control " + escapeName(control)), control).getBytes(StandardCharsets.UTF_8));
			bytes("control-title.txt", (control + "Title" + control + unique() + "\n\n" + sprinkle(ADVICE, control)).getBytes(StandardCharsets.UTF_8));
			bytes("control.html", ("<html><head><title>" + control + "Title " + unique() + "</title></head><body><article><h1>" + control + "Heading</h1><p>"
					+ sprinkle(ADVICE, control) + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
		}
		for (String entity : new String[] { "&#0;", "&#1;", "&#27;", "&#x1b;", "&#xD800;", "&#xFFFE;", "&#1114112;", "&#99999999999;" }) {
			html("entity", "<html><head><meta property=\"og:title\" content=\"T" + entity + unique() + "\"></head><body><article><p>" + ADVICE.replace(" ", entity)
					+ "</p></article></body></html>");
		}
	}

	private void hugeLines() throws IOException {
		bytes("line-words.txt", ("One Line " + unique() + "\n\n" + ADVICE.repeat(45_000)).getBytes(StandardCharsets.UTF_8));
		bytes("line-no-spaces.txt", ("No Spaces " + unique() + "\n\n" + "a".repeat(4_900_000)).getBytes(StandardCharsets.UTF_8));
		bytes("line-by.txt", ("Title " + unique() + "\nby " + "x".repeat(3_000_000) + "\n" + ADVICE).getBytes(StandardCharsets.UTF_8));
		bytes("line-at.txt", ("Title " + unique() + "\n" + ("@someone " + "z".repeat(40) + " ").repeat(50_000) + "\n").getBytes(StandardCharsets.UTF_8));
		bytes("line-bullets.txt", ("Title " + unique() + "\n" + "- ".repeat(2_000_000) + "\n").getBytes(StandardCharsets.UTF_8));
		bytes("line-dashes.txt", ("Title " + unique() + "\n\n" + "you should - ".repeat(300_000) + "\n").getBytes(StandardCharsets.UTF_8));
		bytes("line-sentences.txt", ("Title " + unique() + "\n\n" + "Do it. ".repeat(600_000) + "\n").getBytes(StandardCharsets.UTF_8));
		html("line-attribute", "<html><body><p title=\"" + "q".repeat(4_000_000) + "\">" + ADVICE + "</p></body></html>");
		html("line-text", "<html><body><article><p>" + ADVICE.repeat(40_000) + "</p></article></body></html>");
	}

	private void sizes() throws IOException {
		bytes("empty.txt", new byte[0]);
		bytes("empty.html", new byte[0]);
		bytes("blank.txt", "   \n\n\t \n".getBytes(StandardCharsets.UTF_8));
		bytes("one-byte.txt", new byte[] { 'x' });
		bytes("title-only.txt", ("Only a Title " + unique()).getBytes(StandardCharsets.UTF_8));
		byte[] large = (text("Large") + "x".repeat(5 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
		bytes("over-five-mb.txt", large);
		bytes("just-under-five-mb.txt", java.util.Arrays.copyOf(large, 5 * 1024 * 1024 - 10));
		html("no-text", "<html><head><title>x</title></head><body><img src=a><br><hr></body></html>");
		html("only-script", "<html><body><script>" + "var a=1;".repeat(100_000) + "</script></body></html>");
	}

	private void htmlOddities() throws IOException {
		html("unclosed", "<html><body><article><p>" + ADVICE + "<b><i><a href=x>" + unique());
		html("comment-bomb", "<html><body><!--" + "<p>x</p>".repeat(200_000) + "--><p>" + ADVICE + unique() + "</p></body></html>");
		html("attributes", "<html><body><p " + "a=1 ".repeat(200_000) + ">" + ADVICE + unique() + "</p></body></html>");
		html("entities", "<html><body><p>" + "&amp;".repeat(500_000) + ADVICE + unique() + "</p></body></html>");
		html("doctype-entities", "<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><html><body><p>&b;" + ADVICE
				+ unique() + "</p></body></html>");
		html("xxe", "<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><html><body><p>&x;" + ADVICE + unique() + "</p></body></html>");
		html("frameset", "<html><frameset><frame src=a><frame src=b></frameset><noframes><p>" + ADVICE + unique() + "</p></noframes></html>");
		html("svg-math", "<html><body><svg>" + "<g>".repeat(10_000) + "</svg><math>" + "<mi>x".repeat(10_000) + "</math><p>" + ADVICE + unique() + "</p></body></html>");
		html("many-metas", "<html><head>" + "<meta property=\"og:title\" content=\"t\">".repeat(100_000) + "</head><body><p>" + ADVICE + unique() + "</p></body></html>");
		html("template", "<html><body><template>" + "<p>x".repeat(50_000) + "</template><p>" + ADVICE + unique() + "</p></body></html>");
		html("select", "<html><body><select>" + "<option>x".repeat(100_000) + "</select><p>" + ADVICE + unique() + "</p></body></html>");
		html("forms", "<html><body>" + "<form>".repeat(50_000) + "<p>" + ADVICE + unique() + "</p></body></html>");
		html("iframes", "<html><body>" + "<iframe srcdoc=\"<p>x</p>\">".repeat(20_000) + "<p>" + ADVICE + unique() + "</p></body></html>");
		html("upper-case", "<HTML><BODY><ARTICLE><H1>SHOUT " + unique() + "</H1><P>" + ADVICE.toUpperCase() + "</P></ARTICLE></BODY></HTML>");
		html("cdata", "<html><body><p><![CDATA[" + "]]>".repeat(100_000) + ADVICE + unique() + "</p></body></html>");
	}

	private void manyBlocks() throws IOException {
		StringBuilder lines = new StringBuilder(text("Many Lines"));
		for (int i = 0; i < 120_000; i++) {
			lines.append(i % 3 == 0 ? "Heading " + i : i % 3 == 1 ? "- item " + i : "Make sure you answer question " + i + ".").append('\n');
		}
		bytes("many-lines.txt", lines.toString().getBytes(StandardCharsets.UTF_8));
		html("many-items", "<html><body><article><h1>List " + unique() + "</h1><ul>" + "<li>Always reply to every comment.</li>".repeat(80_000)
				+ "</ul></article></body></html>");
		html("many-paragraphs", "<html><body><article>" + "<p>Never ignore a review.</p>".repeat(80_000) + unique() + "</article></body></html>");
		html("many-headings", "<html><body><article>" + "<h2>How to fail</h2><li>Post without a plan</li>".repeat(40_000) + unique() + "</article></body></html>");
		StringBuilder comments = new StringBuilder(text("Comments Everywhere")).append("42 comments\n");
		for (int i = 0; i < 60_000; i++) {
			comments.append("@reader").append(i).append(" July 1, 2020\nYou should try this.\n");
		}
		bytes("many-comments.txt", comments.toString().getBytes(StandardCharsets.UTF_8));
	}

	private void textOddities() throws IOException {
		String[] bodies = { "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358".repeat(20_000), "\ud83d\ude00\ud83d\udc4d".repeat(100_000),
				"\u0627\u0644\u0639\u0631\u0628\u064a\u0629 ".repeat(50_000), "\ud83d".repeat(1000), " ".repeat(1_000_000) + "x", "\t".repeat(1_000_000),
				"\n".repeat(1_000_000) + "x", ".".repeat(1_000_000), "?".repeat(1_000_000), "'".repeat(500_000), "\"".repeat(500_000),
				"<".repeat(1_000_000), "by by by by ".repeat(100_000), "1. ".repeat(500_000), "how to fail ".repeat(200_000), "never always ".repeat(200_000),
				"\u00a0".repeat(1_000_000), "\u2028".repeat(100_000), "\u200b".repeat(1_000_000), "Http://x.example/" + "a/".repeat(1_000_000) };
		for (String body : bodies) {
			bytes("odd.txt", (text("Odd") + body + "\n" + ADVICE).getBytes(StandardCharsets.UTF_8));
		}
	}

	private void names() throws IOException {
		for (String name : new String[] { "name with spaces.txt", "ünïcödé-名前.txt", "-starts-with-a-dash.txt", "--accept.txt", "line\nbreak.txt",
				"tab\tname.txt", "\u001b[31mred.txt", "quote'\"name.txt", ".hidden.txt", "no-extension", "UPPER.TXT", "double.html.txt", "trailing-space.txt ",
				"semicolon;rm -rf.txt", "$(echo pwned).txt", "back\\slash.txt" }) {
			Path file = folder.resolve(count++ + "-" + name);
			Files.writeString(file, text("Named " + name.replaceAll("\\p{Cntrl}", "?")) + ADVICE);
			files.add(file);
		}
		Path folderNamedAsPost = Files.createDirectories(folder.resolve(count++ + "-a-folder.html"));
		files.add(folderNamedAsPost);
		Path loop = folder.resolve(count++ + "-loop.txt");
		Files.createSymbolicLink(loop, loop);
		files.add(loop);
		files.add(Files.createSymbolicLink(folder.resolve(count++ + "-dangling.txt"), folder.resolve("nowhere.txt")));
		files.add(folder.resolve(count++ + "-missing.txt"));
		Path fifo = folder.resolve(count++ + "-fifo.txt");
		try {
			if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
				files.add(fifo);
			}
		} catch (IOException | InterruptedException e) {
			// no mkfifo here: one case fewer
		}
	}

	/** Random mixtures of the pieces above: tags opened and not closed, controls, stray bytes, entities. */
	private void mixtures(int how) throws IOException {
		String[] pieces = { "<div>", "<p>", "<ul><li>", "</li>", "<table>", "<td>", "<!--", "-->", "<script>", "</script>", "&#1;", "&amp;", "\u001b[0m", "\u0000",
				"\r", "\n\n", "- ", "1. ", "by ", "@x July 1, 2020\n", "How to fail\n", ADVICE, "\ud83d", "\ufffe", "<![CDATA[", "<h2>", "<article>", "<main>" };
		for (int i = 0; i < how; i++) {
			StringBuilder mixture = new StringBuilder(i % 2 == 0 ? "<html><body>" : text("Mixture"));
			for (int n = 0, pieceCount = 100 + random.nextInt(20_000); n < pieceCount; n++) {
				mixture.append(pieces[random.nextInt(pieces.length)]);
			}
			byte[] bytes = mixture.append(unique()).toString().getBytes(StandardCharsets.UTF_8);
			if (i % 5 == 0) {
				for (int stray = 0; stray < 20; stray++) {
					bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
				}
			}
			bytes(i % 2 == 0 ? "mixture.html" : "mixture.txt", bytes);
		}
	}

	private String text(String title) {
		return title + " " + unique() + "\n\n" + ADVICE + "\n";
	}

	private String unique() {
		return "n" + count + "r" + Integer.toHexString(random.nextInt());
	}

	private String sprinkle(String text, String control) {
		StringBuilder out = new StringBuilder();
		for (String word : text.split(" ")) {
			out.append(word).append(random.nextInt(3) == 0 ? control : "").append(' ');
		}
		return out.append(unique()).toString();
	}

	private static String escapeName(String control) {
		return control.codePoints().mapToObj(c -> "U" + Integer.toHexString(c)).reduce("", String::concat);
	}

	private void html(String name, String html) throws IOException {
		bytes(name + ".html", html.getBytes(StandardCharsets.UTF_8));
	}

	private void bytes(String name, byte[] content) throws IOException {
		Path file = folder.resolve(count++ + "-" + name);
		Files.write(file, content);
		files.add(file);
	}

	private byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] bom(String charset) {
		return switch (charset) {
			case "UTF-16LE" -> new byte[] { (byte) 0xFF, (byte) 0xFE };
			case "UTF-16BE" -> new byte[] { (byte) 0xFE, (byte) 0xFF };
			case "UTF-32LE" -> new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 0 };
			case "UTF-32", "UTF-32BE" -> new byte[] { 0, 0, (byte) 0xFE, (byte) 0xFF };
			default -> new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		};
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}
}
