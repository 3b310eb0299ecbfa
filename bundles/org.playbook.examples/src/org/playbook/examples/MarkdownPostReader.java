package org.playbook.examples;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.playbook.library.importer.ParsedPost;
import org.playbook.library.importer.ParsedPost.BlockKind;
import org.playbook.library.importer.PostFormatException;
import org.playbook.library.importer.PostReader;

/**
 * Reads blog posts written in Markdown: an optional front matter (title, author, date), "#"
 * headings, "-", "*" and "1." list items, paragraphs. Emphasis and link markup are dropped
 * so that quotes read as the post reads.
 */
public class MarkdownPostReader implements PostReader {
	private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R", Pattern.DOTALL);
	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
	private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");

	@Override
	public boolean canRead(String fileName, String text) {
		String name = fileName.toLowerCase(java.util.Locale.ROOT);
		return name.endsWith(".md") || name.endsWith(".markdown");
	}

	@Override
	public ParsedPost read(String fileName, String text) throws PostFormatException {
		String title = null, author = null;
		LocalDate published = null;
		String body = text.replace("\r\n", "\n");
		Matcher front = FRONT_MATTER.matcher(body);
		if (front.find()) {
			for (String line : front.group(1).split("\n")) {
				String[] pair = line.split(":", 2);
				if (pair.length < 2) {
					continue;
				}
				String value = pair[1].strip().replaceAll("^[\"']|[\"']$", "");
				switch (pair[0].strip().toLowerCase(java.util.Locale.ROOT)) {
				case "title" -> title = value;
				case "author" -> author = value;
				case "date" -> published = date(value);
				default -> {
					// other keys are not the post's
				}
				}
			}
			body = body.substring(front.end());
		}
		ParsedPost.Builder post = new ParsedPost.Builder();
		StringBuilder paragraph = new StringBuilder();
		for (String line : body.split("\n")) {
			Matcher heading = HEADING.matcher(line);
			Matcher item = LIST_ITEM.matcher(line);
			if (line.isBlank() || heading.matches() || item.matches()) {
				flush(post, paragraph);
			}
			if (heading.matches()) {
				String text1 = plain(heading.group(1));
				if (title == null) {
					title = text1;
				}
				post.add(BlockKind.HEADING, text1);
			} else if (item.matches()) {
				post.add(BlockKind.LIST_ITEM, plain(item.group(1)));
			} else if (!line.isBlank()) {
				paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
			}
		}
		flush(post, paragraph);
		if (post.isEmpty()) {
			throw new PostFormatException(fileName + " has no text to read");
		}
		return post.build(title == null ? fileName : title, author, published, null);
	}

	private static void flush(ParsedPost.Builder post, StringBuilder paragraph) {
		if (!paragraph.isEmpty()) {
			post.add(BlockKind.PARAGRAPH, plain(paragraph.toString()));
			paragraph.setLength(0);
		}
	}

	/** Markdown's markup away: links keep their words, emphasis and code marks go. */
	static String plain(String markdown) {
		return markdown.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("(\\*\\*|__|\\*|_|`)(.+?)\\1", "$2").strip();
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
