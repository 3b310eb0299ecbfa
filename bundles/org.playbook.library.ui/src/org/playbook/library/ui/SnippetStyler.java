package org.playbook.library.ui;

import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.TextStyle;

/** Turns the highlighter's &lt;b&gt;...&lt;/b&gt; marks into bold runs of a StyledString. */
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

	static StyledString style(String snippet) {
		StyledString styled = new StyledString();
		if (snippet == null) {
			return styled;
		}
		String text = snippet.replaceAll("\\s+", " ");
		int at = 0;
		while (at < text.length()) {
			int open = text.indexOf("<b>", at);
			if (open < 0) {
				styled.append(text.substring(at));
				break;
			}
			int close = text.indexOf("</b>", open);
			if (close < 0) {
				styled.append(text.substring(at).replace("<b>", ""));
				break;
			}
			styled.append(text.substring(at, open));
			styled.append(text.substring(open + 3, close), BOLD);
			at = close + 4;
		}
		return styled;
	}

}
