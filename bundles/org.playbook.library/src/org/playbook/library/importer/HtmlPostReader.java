package org.playbook.library.importer;

import java.time.LocalDate;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.playbook.library.importer.ParsedPost.BlockKind;

/**
 * Reads blog posts saved as HTML with jsoup: the title, author and date from the page's
 * metadata or byline, the article's headings, paragraphs and list items in document order,
 * and the comment section's comments. Navigation, scripts, forms, sidebars and footers are
 * left out. The post's text is the blocks' text, one paragraph each.
 */
public class HtmlPostReader implements PostReader {
	private static final String CONTENT = "article, [itemprop=articleBody], .entry-content, .post-content, .post-body, .article-body, main, #content";
	private static final String COMMENTS = "#comments, .comments, .comment-list, .commentlist, #disqus_thread, section.comments";
	private static final String NOISE = "script, style, noscript, nav, form, aside, iframe, svg, button, .sharedaddy, .share, .social-share,"
			+ " .related, .related-posts, #respond, .comment-respond, .widget, .sidebar, header nav";

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
		page.select(NOISE).remove();
		Element content = page.selectFirst(CONTENT);
		if (content == null) {
			content = page.body();
		}
		if (title == null) {
			Element heading = content.selectFirst("h1");
			title = heading != null ? heading.text() : page.title();
			if (heading != null) {
				heading.remove();
			}
		}
		if (author == null) {
			author = text(page.selectFirst("[rel=author], .author, .byline .fn, .vcard .fn"));
		}
		page.select("footer, header").remove();

		ParsedPost.Builder post = new ParsedPost.Builder();
		for (Element element : content.select("h1, h2, h3, h4, h5, h6, p, li, blockquote")) {
			if (element.parents().stream().anyMatch(parent -> parent.is("li, blockquote"))) {
				continue; // already part of its outer item
			}
			BlockKind kind = element.is("h1, h2, h3, h4, h5, h6") ? BlockKind.HEADING
					: element.is("li") ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
			post.add(kind, element.text());
		}
		if (post.isEmpty()) {
			throw new PostFormatException("the HTML holds no readable article: no headings, paragraphs or list items were found");
		}
		Elements commentTexts = comments.select(".comment-content, .comment-body, .comment-text, li.comment > p, article.comment p");
		if (!commentTexts.isEmpty()) {
			post.add(BlockKind.HEADING, "Comments"); // the article's last heading does not cover the readers' comments
		}
		for (Element comment : commentTexts) {
			post.add(BlockKind.COMMENT, comment.text());
		}
		return post.build(title == null || title.isBlank() ? fileName : title.strip(), author, published, fileName);
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
		String value = element == null ? null : element.attr(attribute);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String text(Element element) {
		return element == null || element.text().isBlank() ? null : element.text().strip();
	}
}
