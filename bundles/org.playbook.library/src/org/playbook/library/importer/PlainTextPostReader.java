package org.playbook.library.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.playbook.library.importer.ParsedPost.Block;
import org.playbook.library.importer.ParsedPost.BlockKind;

/**
 * Reads posts saved or scraped as plain text: a title line, an optional byline ("by Jane Doe
 * on July 27, 2010"), paragraphs one per line or separated by blank lines, bullet items
 * ("•", "-", "*", "1."), short lines without a closing full stop as headings, and a
 * comment section ("15 comments to ...", or "@name date" lines) up to "Leave a Reply".
 * The text is kept as it is (only line ends are normalised), so offsets stay verbatim.
 */
public class PlainTextPostReader implements PostReader {
	private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•\\-*–·▪◦]|\\d{1,2}[.)])\\s+");
	private static final Pattern BYLINE = Pattern.compile("^(?:by|posted by|written by)\\s+(.+?)(?:\\s+on\\s+(.+))?$", Pattern.CASE_INSENSITIVE);
	private static final Pattern COMMENTS_HEADING = Pattern.compile("^(?:\\d+\\s+)?(?:comments?|responses?|replies)\\b.*|^(?:\\d+\\s+)(?:comments?|responses?)\\b.*",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern COMMENTER = Pattern.compile("^@?[\\p{L}][\\p{L}\\p{N}_.' -]{0,40}\\s+(?:" + PostDates.ANY.pattern() + ").*$",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern FOOTER = Pattern.compile("^(?:leave a (?:reply|comment)|similar posts|related posts|share this|you can use these html tags.*)$",
			Pattern.CASE_INSENSITIVE);
	private static final int MAX_HEADING_WORDS = 12, MAX_TITLE_LENGTH = 160;

	@Override
	public boolean canRead(String fileName, String text) {
		String name = fileName.toLowerCase(java.util.Locale.ROOT);
		return name.endsWith(".txt") || name.endsWith(".text") || !text.stripLeading().startsWith("<");
	}

	@Override
	public ParsedPost read(String fileName, String text) throws PostFormatException {
		List<Line> lines = lines(text);
		if (lines.isEmpty()) {
			throw new PostFormatException("the post has no text");
		}
		int first = 0;
		String title = null;
		if (looksLikeTitle(lines.get(0).content)) {
			title = lines.get(0).content;
			first = 1;
		}
		String author = null;
		LocalDate published = null;
		List<Block> blocks = new ArrayList<>();
		String section = null;
		boolean inComments = false;
		for (int i = first; i < lines.size(); i++) {
			Line line = lines.get(i);
			String content = line.content;
			Matcher byline = BYLINE.matcher(content);
			if (i <= first + 2 && author == null && byline.matches()) {
				author = byline.group(1).strip();
				published = PostDates.find(byline.group(2));
				continue;
			}
			if (FOOTER.matcher(content).matches()) {
				break;
			}
			if (COMMENTS_HEADING.matcher(content).matches() && content.split("\\s+").length <= MAX_HEADING_WORDS) {
				inComments = true;
				section = content;
				blocks.add(new Block(BlockKind.HEADING, content, line.start, line.end, null));
				continue;
			}
			if (COMMENTER.matcher(content).matches()) {
				inComments = true; // a commenter's name and date: what follows are comments
				continue;
			}
			Matcher bullet = BULLET.matcher(line.raw);
			if (bullet.find() && !(isHeadingLike(content) && !inComments && nextIsParagraph(lines, i))) {
				int start = line.rawStart + bullet.end();
				String item = text.substring(start, line.end).strip();
				blocks.add(new Block(inComments ? BlockKind.COMMENT : BlockKind.LIST_ITEM, item, start, start + item.length(), section));
			} else if (!inComments && isHeadingLike(content)) {
				section = content;
				blocks.add(new Block(BlockKind.HEADING, content, line.start, line.end, null));
			} else {
				blocks.add(new Block(inComments ? BlockKind.COMMENT : BlockKind.PARAGRAPH, content, line.start, line.end, section));
			}
		}
		if (blocks.isEmpty()) {
			throw new PostFormatException("the post has a title but no paragraphs");
		}
		if (title == null) {
			title = firstSentence(blocks);
		}
		return new ParsedPost(title, author, published, fileName, text, blocks);
	}

	private static boolean looksLikeTitle(String line) {
		return line.length() <= MAX_TITLE_LENGTH && !line.endsWith(".") && !BULLET.matcher(line).find()
				&& line.split("\\s+").length <= 20;
	}

	/** A short line that does not end a sentence: "How to Fail in Social Media?", "Think Bigger". */
	private static boolean isHeadingLike(String line) {
		if (line.endsWith(".") || line.endsWith(",") || line.endsWith(";")) {
			return false;
		}
		String withoutNumber = BULLET.matcher(line).replaceFirst("");
		return withoutNumber.split("\\s+").length <= MAX_HEADING_WORDS && Character.isUpperCase(withoutNumber.codePointAt(0));
	}

	private static boolean nextIsParagraph(List<Line> lines, int index) {
		return index + 1 < lines.size() && !BULLET.matcher(lines.get(index + 1).raw).find();
	}

	private static String firstSentence(List<Block> blocks) {
		String text = blocks.get(0).content();
		int end = text.indexOf(". ");
		String sentence = end > 0 ? text.substring(0, end) : text;
		if (sentence.length() <= 90) {
			return sentence;
		}
		int cut = sentence.lastIndexOf(' ', 90);
		// a first line without a space to cut at is cut where it reaches the length, never inside a character
		cut = cut > 0 ? cut : Character.isHighSurrogate(sentence.charAt(89)) ? 89 : 90;
		return sentence.substring(0, cut).strip() + "…";
	}

	/** Non-empty lines with their offsets: raw includes leading blanks, content is stripped. */
	private static List<Line> lines(String text) {
		List<Line> lines = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			String raw = text.substring(start, end);
			String content = raw.strip();
			if (!content.isEmpty()) {
				int lead = raw.indexOf(content);
				lines.add(new Line(raw, start, content, start + lead, start + lead + content.length()));
			}
			start = end + 1;
		}
		return lines;
	}

	private record Line(String raw, int rawStart, String content, int start, int end) {
	}
}
