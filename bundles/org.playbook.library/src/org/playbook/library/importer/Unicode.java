package org.playbook.library.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Which Unicode encoding a file's first bytes announce: a byte-order mark, or UTF-16's zero bytes. */
final class Unicode {
	/** Stands for UTF-32, which is recognised only to be refused by name. */
	static final Charset UTF_32 = Charset.forName("UTF-32");
	private static final int SNIFF = 4096;

	private Unicode() {
	}

	/** UTF-8 with a mark, UTF-16 (either order), UTF-32, or null for none of them. */
	static Charset of(byte[] b) {
		if (b.length >= 4 && (b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF
				|| b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0)) {
			return UTF_32;
		}
		if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
			return StandardCharsets.UTF_8;
		}
		if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		return unmarkedUtf32(b) ? UTF_32 : unmarkedUtf16(b);
	}

	/** UTF-32 without a mark: in nearly every group of four bytes, three are zero. */
	private static boolean unmarkedUtf32(byte[] b) {
		int groups = Math.min(b.length, SNIFF) / 4;
		if (groups < 8) {
			return false;
		}
		int threeZeros = 0;
		for (int i = 0; i < groups * 4; i += 4) {
			int zeros = (b[i] == 0 ? 1 : 0) + (b[i + 1] == 0 ? 1 : 0) + (b[i + 2] == 0 ? 1 : 0) + (b[i + 3] == 0 ? 1 : 0);
			threeZeros += zeros == 3 && (b[i] == 0 && b[i + 1] == 0 && b[i + 2] == 0 || b[i + 1] == 0 && b[i + 2] == 0 && b[i + 3] == 0) ? 1 : 0;
		}
		return threeZeros > groups * 0.9;
	}

	/** The length of the byte-order mark the bytes start with. */
	static int markLength(byte[] b) {
		Charset charset = of(b);
		if (charset == StandardCharsets.UTF_8) {
			return 3;
		}
		boolean marked = b.length >= 2 && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE);
		return marked ? 2 : 0;
	}

	/** Text of Latin letters in UTF-16 without a mark: nearly every byte on one side of each pair is zero. */
	private static Charset unmarkedUtf16(byte[] b) {
		int pairs = Math.min(b.length, SNIFF) / 2;
		if (pairs < 8) {
			return null;
		}
		int zeroEven = 0, zeroOdd = 0;
		for (int i = 0; i < pairs * 2; i += 2) {
			zeroEven += b[i] == 0 ? 1 : 0;
			zeroOdd += b[i + 1] == 0 ? 1 : 0;
		}
		if (zeroOdd > pairs * 0.9 && zeroEven < pairs * 0.1) {
			return StandardCharsets.UTF_16LE;
		}
		if (zeroEven > pairs * 0.9 && zeroOdd < pairs * 0.1) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}
}
