package org.playbook.library.importer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where the post stands in a saved web page: the element the page marks as its article (or
 * the usual names blogs give it), else the element holding the most paragraph text, as a
 * reader of the page would find it (text density, links not counted).
 */
final class Article {
	private static final String MARKED = "article, [itemprop=articleBody], .entry-content, .post-content, .post-body, .article-body, .article-content,"
			+ " .blog-post, .single-post, main, [role=main], #content";
	/** Less paragraph text than this in the densest element, and the page's body is read whole. */
	private static final int MIN_TEXT = 200;

	private Article() {
	}

	static Element of(Document page) {
		for (Element marked : page.select(MARKED)) {
			if (!Boilerplate.isFurniture(marked) && marked.select("p, li").size() > 0) {
				return marked;
			}
		}
		Element best = null;
		int bestText = MIN_TEXT;
		for (Element candidate : page.body().select("div, section, td, center, font")) {
			int text = 0;
			for (Element child : candidate.children()) {
				if (child.normalName().equals("p") || child.normalName().equals("ul") || child.normalName().equals("ol")) {
					text += child.text().length() - child.select("a").text().length();
				}
			}
			if (text > bestText) {
				best = candidate;
				bestText = text;
			}
		}
		return best != null ? best : page.body();
	}
}
