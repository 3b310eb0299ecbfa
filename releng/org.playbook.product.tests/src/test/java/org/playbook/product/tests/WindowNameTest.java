package org.playbook.product.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The workbench window is recognised by its title as SWT reports it, with or without GTK's padding. */
class WindowNameTest {

	@Test
	void theTitleWithOrWithoutSwtsPaddingIsTheWorkbench() {
		assertTrue(Product.hasPlaybookWindow("  0x1a00003 \"Playbook\": (\"SWT\" \"SWT\")  1280x800+0+0"));
		assertTrue(Product.hasPlaybookWindow("  0x1a00003 \"Playbook \": (\"SWT\" \"SWT\")  1280x800+0+0"));
	}

	@Test
	void otherWindowsAreNot() {
		assertFalse(Product.hasPlaybookWindow("  0x1a00003 \"Playbook - Welcome\": ()  1280x800+0+0"));
		assertFalse(Product.hasPlaybookWindow("  0x1a00003 \"Playbook  \": ()  1280x800+0+0"));
		assertFalse(Product.hasPlaybookWindow("  0x1a00003 \"Loading Playbook\": ()  1280x800+0+0"));
	}
}
