package org.playbook.library.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Elements;
import org.playbook.library.importer.ParsedPost.BlockKind;

/**
 * Reads blog posts saved as HTML with jsoup: the title, author and date from the page's
 * metadata or byline, the article ({@link Article}) with its headings, paragraphs and list
 * items in document order, and the comment section's comments, kept as comments. The page's
 * furniture ({@link Boilerplate}: navigation, newsletter boxes, adverts, share bars, related
 * posts, cookie notices, comment forms) is not the post. The post's text is the blocks'
 * text, one paragraph each.
 */
public class HtmlPostReader implements PostReader {
	/** A saved post page has a few thousand elements; this many is something else. */
	private static final int MAX_ELEMENTS = 200_000;
	private static final String COMMENTS = "#comments, .comments, .comment-list, .commentlist, #disqus_thread, section.comments";

	@Override
	public boolean canRead(String fileName, String text) {
		String name = fileName.toLowerCase(Locale.ROOT);
		String start = text.stripLeading().toLowerCase(Locale.ROOT);
		return name.endsWith(".html") || name.endsWith(".htm") || start.startsWith("<!doctype html") || start.startsWith("<html");
	}

	@Override
	public ParsedPost read(String fileName, String html) throws PostFormatException {
		Document page = Jsoup.parse(html);
		String title = firstText(page, "meta[property=og:title]", "content");
		String author = firstText(page, "meta[name=author]", "content");
		LocalDate published = date(page);
		Elements comments = page.select(COMMENTS);
		comments.remove();
		if (author == null) {
			author = text(page.selectFirst("[rel=author], .author .fn, .author-name, .byline .fn, .vcard .fn, .byline .author, .post-author, .author"));
		}
		Element content = Article.of(page);
		if (title == null) {
			Element heading = content.selectFirst("h1");
			title = PostText.clean(heading != null ? heading.text() : page.title());
			if (heading != null) {
				heading.remove();
			}
		}
		content.select("footer, header").remove();
		Boilerplate.removeFrom(content);

		ParsedPost.Builder post = new ParsedPost.Builder();
		Blocks blocks = new Blocks(post);
		NodeTraversor.filter(blocks, content);
		if (blocks.elements > MAX_ELEMENTS) {
			throw new PostFormatException("too complex: the page has more than " + MAX_ELEMENTS + " HTML elements");
		}
		if (post.isEmpty()) {
			throw new PostFormatException("the HTML holds no readable article: no headings, paragraphs or list items were found");
		}
		List<String> commentTexts = new ArrayList<>();
		for (Element section : comments) {
			NodeTraversor.filter(new CommentTexts(commentTexts), section);
		}
		if (!commentTexts.isEmpty()) {
			post.add(BlockKind.HEADING, "Comments"); // the article's last heading does not cover the readers' comments
		}
		for (String comment : commentTexts) {
			post.add(BlockKind.COMMENT, comment);
		}
		return post.build(title == null || title.isBlank() ? fileName : title.strip(), author, published, fileName);
	}

	/**
	 * The article's headings, paragraphs, list items and quotes in document order, in one walk
	 * of the tree: an element taken as a block is not entered again, so every node is read
	 * once, however deeply the page nests (a block inside a list item is part of the item).
	 */
	private static final class Blocks implements NodeFilter {
		private final ParsedPost.Builder post;
		int elements;

		Blocks(ParsedPost.Builder post) {
			this.post = post;
		}

		@Override
		public FilterResult head(Node node, int depth) {
			if (!(node instanceof Element element)) {
				return FilterResult.CONTINUE;
			}
			if (++elements > MAX_ELEMENTS) {
				return FilterResult.STOP;
			}
			BlockKind kind = switch (element.normalName()) {
				case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
				case "li" -> BlockKind.LIST_ITEM;
				case "p", "blockquote" -> BlockKind.PARAGRAPH;
				default -> null;
			};
			if (kind == null) {
				return FilterResult.CONTINUE;
			}
			post.add(kind, element.text());
			return FilterResult.SKIP_ENTIRELY;
		}
	}

	/** The texts of the readers' comments in a comment section, each read once (a reply inside a comment is its own). */
	private static final class CommentTexts implements NodeFilter {
		private final List<String> texts;
		private int inCommentArticle;

		CommentTexts(List<String> texts) {
			this.texts = texts;
		}

		@Override
		public FilterResult head(Node node, int depth) {
			if (!(node instanceof Element element) || texts.size() > MAX_ELEMENTS) {
				return texts.size() > MAX_ELEMENTS ? FilterResult.STOP : FilterResult.CONTINUE;
			}
			if (element.normalName().equals("article") && element.hasClass("comment")) {
				inCommentArticle++;
			}
			boolean container = element.hasClass("comment-body") && !element.getElementsByClass("comment-content").isEmpty();
			boolean text = !container && (element.hasClass("comment-content") || element.hasClass("comment-body") || element.hasClass("comment-text"))
					|| element.normalName().equals("p") && (inCommentArticle > 0
							|| element.parent() != null && element.parent().normalName().equals("li") && element.parent().hasClass("comment"));
			if (!text) {
				return FilterResult.CONTINUE;
			}
			// who wrote it and when, "says:", "Reply": the comment's frame, not its words
			element.select(".comment-meta, .comment-metadata, .comment-author, .vcard, .fn, .says, .reply, footer, time, cite").remove();
			texts.add(element.text());
			return FilterResult.SKIP_ENTIRELY;
		}

		@Override
		public FilterResult tail(Node node, int depth) {
			if (node instanceof Element element && element.normalName().equals("article") && element.hasClass("comment")) {
				inCommentArticle--;
			}
			return FilterResult.CONTINUE;
		}
	}

	private static LocalDate date(Document page) {
		String iso = firstText(page, "meta[property=article:published_time]", "content");
		if (iso == null) {
			iso = firstText(page, "time[datetime]", "datetime");
		}
		if (iso != null && iso.length() >= 10) {
			LocalDate date = PostDates.parse(iso.substring(0, 10));
			if (date != null) {
				return date;
			}
		}
		Element byline = page.selectFirst(".byline, .post-meta, .entry-meta, time");
		return byline == null ? null : PostDates.find(byline.text());
	}

	private static String firstText(Document page, String selector, String attribute) {
		Element element = page.selectFirst(selector);
		String value = element == null ? null : PostText.clean(element.attr(attribute));
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String text(Element element) {
		return element == null || element.text().isBlank() ? null : PostText.clean(element.text()).strip();
	}
}
