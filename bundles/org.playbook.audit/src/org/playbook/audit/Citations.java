package org.playbook.audit;

import java.util.List;

import org.playbook.library.Library;
import org.playbook.model.Practice;
import org.playbook.model.SourceRef;

/**
 * What a finding cites, as a strategist reads it: the practice's title and its first
 * verbatim quote with the post it comes from. Ids the library does not know are shown as ids.
 */
public final class Citations {
	/** One cited practice, resolved. */
	public record Citation(String practiceId, String title, String quote, String post, String author) {
		/** "Title: “quote” (Post, Author)", or the id when the library does not know it. */
		public String text() {
			if (title == null) {
				return practiceId;
			}
			StringBuilder text = new StringBuilder(title);
			if (quote != null) {
				text.append(": \u201c").append(quote).append('\u201d');
			}
			if (post != null) {
				text.append(" (").append(post).append(author != null ? ", " + author : "").append(')');
			}
			return text.toString();
		}
	}

	private final Library library;

	public Citations(Library library) {
		this.library = library;
	}

	public List<Citation> of(Finding finding) {
		return finding.practiceIds().stream().map(this::resolve).toList();
	}

	public Citation resolve(String practiceId) {
		Practice practice = library == null ? null : library.find(practiceId);
		if (practice == null) {
			return new Citation(practiceId, null, null, null, null);
		}
		SourceRef ref = practice.getSourceRefs().isEmpty() ? null : practice.getSourceRefs().get(0);
		return new Citation(practiceId, practice.getTitle(), ref == null ? null : ref.getQuote(),
				ref == null || ref.getSource() == null ? null : ref.getSource().getTitle(),
				ref == null || ref.getSource() == null ? null : ref.getSource().getAuthor());
	}
}
