package org.playbook.product.tests;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.helpers.DefaultHandler;

/** What the fault tests check of a strategy file after a process was killed: that it is a whole one. */
final class StrategyFiles {
	private StrategyFiles() {
	}

	/** Whether the bytes are a whole, well-formed XML document whose root is a Playbook strategy. */
	static boolean isWhole(byte[] content) {
		try (InputStream in = new ByteArrayInputStream(content)) {
			String[] root = new String[1];
			SAXParserFactory.newInstance().newSAXParser().parse(in, new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes) {
					if (root[0] == null) {
						root[0] = qName;
					}
				}
			});
			return "playbook:Strategy".equals(root[0]);
		} catch (Exception e) {
			return false;
		}
	}
}
