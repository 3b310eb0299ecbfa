package org.playbook.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.playbook.library.LibraryService;
import org.playbook.library.importer.ImportResult;
import org.playbook.library.nlp.EnglishModels;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Importing a 20 KB saved web page, as {@code playbook import} does: read it, find the article,
 * cut it into sentences and tag them (OpenNLP), propose practices, classify them against the
 * library, and store them with the post's passages. Cold (the first import of a process, the
 * models loading) and warm (the next ones), against the toolkit alone on the same text in the
 * same process: jsoup's parse and OpenNLP's sentence detector, tokenizer and tagger over every
 * sentence. The pages are made at run time from the evaluation posts in {@code eval/posts}
 * (navigation, share bar, newsletter box, comments and cookie notice around the article),
 * each a little different so nothing is imported twice. Run from the project root:
 * releng/org.playbook.benchmarks/run.sh ImportBenchmark [pages]
 */
public final class ImportBenchmark {
	private static final int PAGE_BYTES = 20 * 1024;

	public static void main(String[] args) throws Exception {
		int pages = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		Path posts = Path.of("releng/org.playbook.benchmarks/eval/posts");
		if (!Files.isDirectory(posts)) {
			throw new IllegalStateException("run from the project root: the posts are read from " + posts);
		}
		List<String> paragraphs = paragraphs(posts);
		Path folder = Files.createTempDirectory("playbook-import-bench");
		List<Path> files = new ArrayList<>();
		for (int i = 0; i <= pages; i++) {
			files.add(Files.writeString(folder.resolve("page-" + i + ".html"), page(paragraphs, i)));
		}
		Path workspace = Files.createDirectories(folder.resolve("workspace"));
		System.out.printf("%d saved web pages of %,d to %,d bytes, each with navigation, share bar, newsletter box, comments and cookie notice%n",
				files.size(), files.stream().mapToLong(ImportBenchmark::size).min().orElse(0), files.stream().mapToLong(ImportBenchmark::size).max().orElse(0));

		Timings readWarm = new Timings("read and propose (dry run), warm", pages);
		Timings storeWarm = new Timings("read, propose and store, warm", pages);
		Timings toolkit = new Timings("jsoup + OpenNLP alone, warm", pages);
		long start = System.nanoTime();
		double cold;
		int proposals = 0;
		try (LibraryService service = LibraryService.open(workspace)) {
			double open = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			ImportResult first = service.read(files.get(0));
			service.store(first, true);
			cold = (System.nanoTime() - start) / 1e6;
			System.out.printf("cold: library opened in %.0f ms; first page read, proposed and stored in %.0f ms (the OpenNLP models load here)%n", open, cold);
			for (int i = 1; i <= pages; i++) {
				Path file = files.get(i);
				toolkit.time(() -> toolkitAlone(file));
				long t0 = System.nanoTime();
				ImportResult result = service.read(file);
				long t1 = System.nanoTime();
				service.store(result, true);
				long t2 = System.nanoTime();
				readWarm.add(t1 - t0);
				storeWarm.add(t2 - t0);
				proposals += result.proposals().size();
			}
		}
		System.out.printf("%d proposals from %d pages (%.1f a page)%n", proposals, pages, proposals / (double) pages);
		for (Timings t : new Timings[] { readWarm, storeWarm, toolkit }) {
			System.out.printf("%s   max %8.2f ms%n", t, t.percentileMillis(100));
		}
		System.out.printf("ratio read and propose / toolkit alone: p50 %.2f%n", readWarm.percentileMillis(50) / toolkit.percentileMillis(50));
		System.out.printf("import of a 20 KB page, warm: p50 %.0f ms, max %.0f ms (goal <= 1,500 ms)%n", storeWarm.percentileMillis(50), storeWarm.percentileMillis(100));
		commandLine(files);
	}

	/** What the toolkit does to the page, without Playbook: parse it, and detect, tokenize and tag every sentence. */
	private static int toolkitAlone(Path file) throws Exception {
		String text = Jsoup.parse(file.toFile(), "UTF-8").body().text();
		SentenceDetectorME sentences = new SentenceDetectorME(EnglishModels.sentences());
		TokenizerME tokenizer = new TokenizerME(EnglishModels.tokens());
		POSTaggerME tagger = new POSTaggerME(EnglishModels.partsOfSpeech());
		int tags = 0;
		for (String sentence : sentences.sentDetect(text)) {
			tags += tagger.tag(tokenizer.tokenize(sentence)).length;
		}
		return tags;
	}

	/**
	 * The command itself, when the product is built: a process with one page (JVM, OSGi, models
	 * and one import) and one with eleven; the difference, per page, is a warm import in the CLI.
	 */
	private static void commandLine(List<Path> pages) throws Exception {
		Path launcher = Path.of("playbook").toAbsolutePath();
		if (!Files.isExecutable(launcher)) {
			return;
		}
		Path home = Files.createTempDirectory("playbook-import-bench-home");
		long one = Long.MAX_VALUE, eleven = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			one = Math.min(one, run(launcher, home, pages.subList(0, 1)));
			eleven = Math.min(eleven, run(launcher, home, pages.subList(0, 11)));
		}
		System.out.printf("./playbook import PAGE --dry-run: %,d ms, a whole process (JVM, OSGi, models, one import; best of 3)%n", one);
		System.out.printf("./playbook import PAGE1 ... PAGE11 --dry-run: %,d ms; each page after the first %.0f ms (goal <= 1,500 ms)%n", eleven,
				(eleven - one) / 10.0);
	}

	private static long run(Path launcher, Path home, List<Path> pages) throws Exception {
		List<String> command = new ArrayList<>(List.of(launcher.toString(), "import"));
		pages.forEach(page -> command.add(page.toString()));
		command.add("--dry-run");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.directory(home.toFile());
		builder.environment().put("HOME", home.toString());
		long start = System.nanoTime();
		Process process = builder.start();
		if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed");
		}
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static List<String> paragraphs(Path posts) throws Exception {
		List<String> paragraphs = new ArrayList<>();
		try (Stream<Path> files = Files.list(posts)) {
			for (Path post : files.sorted().toList()) {
				String text = Files.readString(post, StandardCharsets.UTF_8);
				if (post.toString().endsWith(".html")) {
					Jsoup.parse(text).select("article p, article li").forEach(p -> paragraphs.add(p.text()));
				} else {
					for (String block : text.split("\n\\s*\n")) {
						paragraphs.add(block.strip().replace('\n', ' '));
					}
				}
			}
		}
		return paragraphs.stream().filter(p -> p.split(" ").length >= 6).toList();
	}

	/** A saved page of about 20 KB: the paragraphs from a different start each time, under headings, in a whole site's chrome. */
	private static String page(List<String> paragraphs, int number) {
		StringBuilder article = new StringBuilder();
		StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Field notes " + number
				+ " | A Social Media Blog</title></head><body><header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/blog\">Blog</a></li>"
				+ "<li><a href=\"/about\">About</a></li><li><a href=\"/contact\">Contact</a></li></ul></nav></header>"
				+ "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a> <a href=\"#\">LinkedIn</a></div><main><article>"
				+ "<h1>Field notes " + number + ": what works on social media</h1><p class=\"byline\">By Sam Rivera, March " + (1 + number % 28) + ", 2026</p>");
		int chrome = page.length() + 1_500;
		for (int i = 0; chrome + article.length() < PAGE_BYTES; i++) {
			if (i % 7 == 0) {
				article.append("<h2>Lesson ").append(i / 7 + 1).append("</h2>");
			}
			article.append("<p>").append(escape(paragraphs.get((number * 13 + i) % paragraphs.size()))).append("</p>");
		}
		return page.append(article).append("</article><aside class=\"newsletter\"><h3>Get the newsletter</h3><p>Subscribe for weekly tips."
				+ "</p><form><input type=\"email\"><button>Subscribe</button></form></aside><section id=\"comments\"><h3>2 comments</h3>"
				+ "<div class=\"comment\"><p>Great post, thanks! We tried the weekly report and our client loved it.</p></div>"
				+ "<div class=\"comment\"><p>Always reply within the hour, that is what we learned the hard way.</p></div></section></main>"
				+ "<footer><div class=\"cookie-notice\">We use cookies to improve your experience. <button>Accept</button></div>"
				+ "<p>© 2026 A Social Media Blog</p></footer></body></html>").toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (java.io.IOException e) {
			return -1;
		}
	}

	private ImportBenchmark() {
	}
}
