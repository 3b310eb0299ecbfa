package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.playbook.library.importer.HtmlPostReader;
import org.playbook.library.importer.ParsedPost;
import org.playbook.library.importer.ParsedPost.BlockKind;

/** A saved web page is read as a reader reads it: the article, not the site around it; the readers' comments as comments. */
public class SavedPageTest {
	private static final String PAGE = """
			<html><head><title>Three Rules for Replies | Some Site</title></head><body>
			<div class="top-bar"><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/blog">Blog</a></div>
			<div id="cookie-banner">We use cookies to improve your experience. Accept?</div>
			<div class="wrapper">
			  <div class="col-main">
			    <h1>Three Rules for Replies</h1>
			    <div class="post-byline">by Ana Silva on 3 May 2024</div>
			    <p>Replies are where a brand shows who it is. Here is what we have learned from answering thousands of comments for clients.</p>
			    <div class="share-buttons">Tweet this · Pin this · Email</div>
			    <p>Answer every question within the hour during opening times, even when the answer is that you are still checking.</p>
			    <div class="newsletter-inline"><p>Want more tips like this? Join our newsletter for weekly ideas delivered to your inbox.</p></div>
			    <p>Never copy and paste the same apology to everyone, because people compare notes and share screenshots of identical replies.</p>
			    <div class="ad-slot"><p>Advertisement: the best social scheduler of 2024, now 50% off for a limited time only.</p></div>
			    <p>Move personal details into private messages, and come back to the public thread to say the matter is being handled.</p>
			  </div>
			  <div class="col-side"><h3>Popular</h3><ul><li><a href="#">Ten hashtag tips</a></li><li><a href="#">Our agency</a></li></ul></div>
			</div>
			<div class="comments"><div class="comment"><span class="comment-author">Lee</span><div class="comment-body"><p>Sign your replies with a first name, people are kinder to a person than to a logo.</p></div></div></div>
			<div class="site-footer">© 2024 Some Site · Privacy · Terms</div>
			</body></html>
			""";

	@Test
	public void theArticleWithoutTheSiteAroundIt() throws Exception {
		ParsedPost post = new HtmlPostReader().read("rules.html", PAGE);
		String text = post.text();
		assertEquals("Three Rules for Replies", post.title());
		for (String furniture : List.of("Home", "cookies", "Tweet this", "newsletter", "Advertisement", "Popular", "Privacy", "by Ana Silva")) {
			assertFalse(text.contains(furniture), "not part of the post: " + furniture + "\n" + text);
		}
		for (String advice : List.of("Answer every question within the hour", "Never copy and paste", "Move personal details")) {
			assertTrue(text.contains(advice), "part of the post: " + advice);
		}
		List<ParsedPost.Block> comments = post.blocks().stream().filter(b -> b.kind() == BlockKind.COMMENT).toList();
		assertEquals(1, comments.size(), post.blocks().toString());
		assertTrue(comments.get(0).content().startsWith("Sign your replies"), "the comment's words, without its author's name: " + comments);
	}
}
