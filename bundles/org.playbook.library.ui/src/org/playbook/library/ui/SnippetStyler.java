package org.playbook.library.ui;

import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.TextStyle;
import org.playbook.library.search.Hit;
import org.playbook.library.search.Snippet;

/** A snippet's marks as bold runs of a StyledString. */
final class SnippetStyler {
	private static final StyledString.Styler BOLD = new StyledString.Styler() {
		@Override
		public void applyStyles(TextStyle style) {
			style.font = org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(
					org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT);
		}
	};

	private SnippetStyler() {
	}

	static StyledString style(Snippet snippet) {
		StyledString styled = new StyledString();
		int at = 0;
		for (Hit.Mark mark : snippet.marks()) {
			styled.append(snippet.text().substring(at, mark.start()));
			styled.append(snippet.text().substring(mark.start(), mark.end()), BOLD);
			at = mark.end();
		}
		return styled.append(snippet.text().substring(at));
	}
}
