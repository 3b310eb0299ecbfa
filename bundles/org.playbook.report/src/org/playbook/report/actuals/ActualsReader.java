package org.playbook.report.actuals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.playbook.model.Network;
import org.playbook.workspace.ReadableFile;
import org.playbook.report.actuals.ColumnMapping.Column;

/**
 * Reads the per-post CSV export of a social tool (Commons CSV): a row per post with its date,
 * network, text and counts. The whole file is checked before anything is returned: a file
 * that is not UTF-8 (or UTF-16 with a byte order mark), lacks a needed column, or has a row
 * with a date, network or number that cannot be read is refused with the line, and nothing
 * of it is imported.
 */
public final class ActualsReader {
	/** Files above this size are not read (a year of posts of a busy brand is far below). */
	public static final long MAX_BYTES = 20L * 1024 * 1024;
	/** More impressions than any post has had: ten times the people on Earth. */
	static final long MAX_COUNT = 100_000_000_000L;
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("M/d/yyyy"),
			DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("d.M.yyyy"));

	private final ColumnMapping mapping;
	private final Network defaultNetwork;

	/** @param defaultNetwork the network of every row, for exports of one account; null to read it from a column */
	public ActualsReader(ColumnMapping mapping, Network defaultNetwork) {
		this.mapping = mapping;
		this.defaultNetwork = defaultNetwork;
	}

	public List<PostRow> read(Path file) throws ActualsException {
		String name = file.getFileName().toString();
		byte[] bytes;
		try {
			bytes = ReadableFile.read(file, MAX_BYTES);
		} catch (ReadableFile.UnreadableException e) {
			throw new ActualsException(name, 0, e.getMessage());
		}
		return read(name, decode(name, bytes));
	}

	List<PostRow> read(String name, String text) throws ActualsException {
		List<PostRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get()
				.parse(new StringReader(text))) {
			Map<Column, Integer> columns = mapping.resolve(parser.getHeaderNames(), defaultNetwork != null, name);
			int headerCells = parser.getHeaderNames().size();
			Iterator<CSVRecord> records = parser.iterator();
			long line = parser.getCurrentLineNumber() + 1;
			try {
				while (records.hasNext()) {
					CSVRecord record = records.next();
					rows.add(row(name, (int) line, record, columns, headerCells));
					line = parser.getCurrentLineNumber() + 1;
				}
			} catch (UncheckedIOException e) {
				throw new ActualsException(name, (int) line, plain(e.getCause()));
			}
		} catch (IOException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
			throw new ActualsException(name, 1, "the header row cannot be read (" + plain(e) + ")");
		}
		if (rows.isEmpty()) {
			throw new ActualsException(name, 0, "holds no posts");
		}
		return rows;
	}

	/** Commons CSV's complaints in the words of someone who exported a spreadsheet. */
	private static String plain(Throwable e) {
		String message = String.valueOf(e.getMessage());
		if (message.contains("EOF reached before encapsulated token finished")) {
			return "a quoted cell is never closed (a \" is missing), so the rest of the file cannot be read";
		}
		if (message.contains("Invalid character between encapsulated token and delimiter")) {
			return "text follows a cell's closing quote (a quote inside a cell is written as two: \"\")";
		}
		if (message.contains("duplicate name")) {
			return "two columns have the same name";
		}
		return message.replaceAll("^[\\w.]+(Exception|Error): ", "").replaceAll("\\(startline \\d+\\) ", "");
	}

	private PostRow row(String name, int line, CSVRecord record, Map<Column, Integer> columns, int headerCells) throws ActualsException {
		if (record.size() < headerCells) {
			throw new ActualsException(name, line, "the row has " + record.size() + " of the header's " + headerCells + " cells (is a comma or a quote missing?)");
		}
		for (int extra = headerCells; extra < record.size(); extra++) {
			if (!record.get(extra).isBlank()) {
				throw new ActualsException(name, line, "the row has " + record.size() + " cells but the header names " + headerCells);
			}
		}
		String dateText = cell(record, columns, Column.DATE);
		LocalDate date = date(dateText);
		if (date == null) {
			throw new ActualsException(name, line, "'" + dateText + "' is not a date (write it as 2026-03-14)");
		}
		Network network = defaultNetwork;
		if (columns.containsKey(Column.NETWORK)) {
			String networkText = cell(record, columns, Column.NETWORK);
			network = network(networkText);
			if (network == null) {
				throw new ActualsException(name, line, "'" + networkText + "' is not a network Playbook knows");
			}
		}
		return new PostRow(line, date, network, cell(record, columns, Column.TEXT), count(name, line, record, columns, Column.IMPRESSIONS),
				count(name, line, record, columns, Column.ENGAGEMENTS), count(name, line, record, columns, Column.CLICKS),
				cell(record, columns, Column.LINK));
	}

	private static String cell(CSVRecord record, Map<Column, Integer> columns, Column column) {
		Integer index = columns.get(column);
		return index == null || index >= record.size() ? "" : record.get(index).strip();
	}

	/**
	 * A count of a post: a whole number from 0 up to {@value #MAX_COUNT} (thousands may be
	 * separated by commas or spaces); an empty cell is 0. Anything else (a fraction, a negative
	 * number, NaN, Infinity, an exponent) is refused with its line and column.
	 */
	private static double count(String name, int line, CSVRecord record, Map<Column, Integer> columns, Column column) throws ActualsException {
		String typed = cell(record, columns, column);
		String digits = typed.replace(",", "").replace(" ", "").replace("\u00a0", "");
		if (digits.isEmpty()) {
			return 0;
		}
		if (!digits.matches("\\d{1,13}(\\.0+)?")) {
			throw new ActualsException(name, line, "the " + column.key() + " '" + typed + "' is not a count (a whole number of 0 or more)");
		}
		double value = Double.parseDouble(digits);
		if (value > MAX_COUNT) {
			throw new ActualsException(name, line, "the " + column.key() + " '" + typed + "' is more than any post has ever had (" + MAX_COUNT + ")");
		}
		return value;
	}

	static LocalDate date(String text) {
		String day = text.length() > 10 && Character.isDigit(text.charAt(0)) && text.charAt(4) == '-' ? text.substring(0, 10) : text;
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(day, format);
			} catch (DateTimeParseException e) {
				// the next format
			}
		}
		return null;
	}

	static Network network(String text) {
		String key = text.strip().toLowerCase(Locale.ROOT);
		if (key.equals("twitter") || key.equals("x (twitter)")) {
			return Network.X;
		}
		for (Network network : Network.VALUES) {
			if (network.getLiteral().equalsIgnoreCase(key) || network.getName().equalsIgnoreCase(key)) {
				return network;
			}
		}
		return null;
	}

	/** UTF-8 (a byte order mark is dropped), or UTF-16 with its byte order mark; anything else is refused with the line of the first bad byte. */
	static String decode(String name, byte[] bytes) throws ActualsException {
		Charset charset = StandardCharsets.UTF_8;
		int skip = 0;
		if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
			charset = StandardCharsets.UTF_16;
		} else if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
			skip = 3;
		}
		try {
			return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
		} catch (CharacterCodingException e) {
			throw new ActualsException(name, firstBadLine(bytes, skip), "is not UTF-8 text; export it again as UTF-8 (CSV UTF-8 in a spreadsheet's Save As)");
		}
	}

	/** The line holding the first bytes that are not UTF-8: each line is decoded on its own. */
	private static int firstBadLine(byte[] bytes, int from) {
		int line = 1, start = from;
		for (int i = from; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == '\n') {
				try {
					StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, i - start));
				} catch (CharacterCodingException e) {
					return line;
				}
				line++;
				start = i + 1;
			}
		}
		return 0;
	}
}
