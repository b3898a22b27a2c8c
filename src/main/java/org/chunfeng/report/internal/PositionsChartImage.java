package org.chunfeng.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.region.City;

/**
 * The mail's chart image: positions offered per city, online and offline, drawn with
 * Java2D. Chinese labels need a font that has the glyphs (Noto Sans CJK from Debian's
 * fonts-noto-cjk, or any installed one that can display them); without one every label is
 * written in pinyin or ASCII, so that the image never shows boxes.
 */
final class PositionsChartImage {

	static final int WIDTH = 960;

	static final int HEIGHT = 540;

	/**
	 * Preferred families first; any other installed family that has the glyphs will do.
	 */
	private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
			"Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei",
			"PingFang SC", "Noto Serif CJK SC", "AR PL UMing CN");

	private static final String SAMPLE = "各市招聘会提供就业岗位数量线上线下截至年月日未报送沿用退回太原大同阳泉长治晋城朔州晋中运城忻州临汾吕梁";

	private static final Map<String, String> PINYIN = Map.ofEntries(Map.entry("太原", "Taiyuan"),
			Map.entry("大同", "Datong"), Map.entry("阳泉", "Yangquan"), Map.entry("长治", "Changzhi"),
			Map.entry("晋城", "Jincheng"), Map.entry("朔州", "Shuozhou"), Map.entry("晋中", "Jinzhong"),
			Map.entry("运城", "Yuncheng"), Map.entry("忻州", "Xinzhou"), Map.entry("临汾", "Linfen"),
			Map.entry("吕梁", "Lvliang"));

	private static final Color ONLINE = new Color(70, 130, 180);

	private static final Color OFFLINE = new Color(255, 140, 0);

	private final Optional<Font> chineseFont;

	/**
	 * @param chineseFont a font that displays Chinese, or empty for ASCII labels
	 */
	PositionsChartImage(Optional<Font> chineseFont) {
		this.chineseFont = chineseFont;
	}

	static PositionsChartImage withInstalledFonts() {
		// the mail is drawn on servers without a display
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
		return new PositionsChartImage(installedChineseFont());
	}

	static Optional<Font> installedChineseFont() {
		List<String> families;
		try {
			families = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
		}
		catch (RuntimeException | Error ex) {
			return Optional.empty();
		}
		List<String> candidates = new ArrayList<>();
		PREFERRED.stream().filter(families::contains).forEach(candidates::add);
		families.stream().filter((family) -> !candidates.contains(family)).forEach(candidates::add);
		for (String family : candidates) {
			Font font = new Font(family, Font.PLAIN, 14);
			if (font.canDisplayUpTo(SAMPLE) == -1) {
				return Optional.of(font);
			}
		}
		return Optional.empty();
	}

	/** Whether a font that displays Chinese was found. */
	boolean hasChineseFont() {
		return this.chineseFont.isPresent();
	}

	byte[] render(Reconciliation reconciliation) {
		List<CityPositions> cities = CityPositions.of(reconciliation);
		Labels shown = labelsFor(reconciliation);
		Font base = shown.chinese() ? this.chineseFont.get() : new Font(Font.SANS_SERIF, Font.PLAIN, 14);
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			draw(g, base, shown, cities);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot encode the chart image", ex);
		}
		return png.toByteArray();
	}

	private void draw(Graphics2D g, Font base, Labels labels, List<CityPositions> cities) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		int left = 80;
		int right = WIDTH - 30;
		int top = 70;
		int bottom = HEIGHT - 90;
		g.setColor(Color.DARK_GRAY);
		g.setFont(base.deriveFont(Font.BOLD, 20f));
		centered(g, labels.title(), WIDTH / 2, 36);
		long max = 1;
		for (CityPositions city : cities) {
			// cities without figures have no bars: their zeros set no scale
			max = Math.max(max, Math.max(city.online(), city.offline()));
		}
		long step = niceStep(max);
		long topValue = step * ((max + step - 1) / step);
		g.setFont(base.deriveFont(12f));
		FontMetrics metrics = g.getFontMetrics();
		for (long value = 0; value <= topValue; value += step) {
			int y = bottom - (int) ((bottom - top) * value / (double) topValue);
			g.setColor(new Color(225, 225, 225));
			g.drawLine(left, y, right, y);
			g.setColor(Color.DARK_GRAY);
			String text = Long.toString(value);
			g.drawString(text, left - 8 - metrics.stringWidth(text), y + metrics.getAscent() / 2 - 1);
		}
		g.setColor(Color.GRAY);
		g.setStroke(new BasicStroke(1f));
		g.drawLine(left, bottom, right, bottom);
		int slot = (right - left) / Math.max(1, cities.size());
		int bar = Math.max(2, slot * 3 / 8);
		for (int i = 0; i < cities.size(); i++) {
			CityPositions city = cities.get(i);
			int x = left + i * slot + (slot - 2 * bar) / 2;
			if (city.hasFigures()) {
				bar(g, x, bar, city.online(), topValue, top, bottom, ONLINE);
				bar(g, x + bar, bar, city.offline(), topValue, top, bottom, OFFLINE);
			}
			g.setColor(city.hasFigures() ? Color.DARK_GRAY : Color.GRAY);
			centered(g, labels.cities().get(i), left + i * slot + slot / 2, bottom + 20);
			String note = labels.notes().get(i);
			if (!note.isEmpty()) {
				g.setFont(base.deriveFont(11f));
				centered(g, note, left + i * slot + slot / 2, bottom + 38);
				g.setFont(base.deriveFont(12f));
			}
		}
		int legendY = HEIGHT - 24;
		int legendX = WIDTH / 2 - 160;
		legend(g, legendX, legendY, ONLINE, labels.online());
		legend(g, legendX + 170, legendY, OFFLINE, labels.offline());
	}

	private static void bar(Graphics2D g, int x, int width, long value, long topValue, int top, int bottom,
			Color color) {
		int height = (int) Math.round((bottom - top) * value / (double) topValue);
		g.setColor(color);
		g.fillRect(x, bottom - height, width - 1, height);
	}

	private static void legend(Graphics2D g, int x, int y, Color color, String text) {
		g.setColor(color);
		g.fillRect(x, y - 11, 14, 14);
		g.setColor(Color.DARK_GRAY);
		g.drawString(text, x + 20, y + 1);
	}

	private static void centered(Graphics2D g, String text, int x, int y) {
		g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, y);
	}

	/** The smallest step of 1, 2 or 5 × 10ⁿ giving at most 6 grid lines above zero. */
	static long niceStep(long max) {
		for (long magnitude = 1;; magnitude *= 10) {
			for (long factor : new long[] { 1, 2, 5 }) {
				long step = magnitude * factor;
				if (max <= 6 * step) {
					return step;
				}
			}
		}
	}

	/**
	 * Chinese labels when the font displays every one of them, else pinyin and ASCII.
	 */
	Labels labelsFor(Reconciliation reconciliation) {
		List<CityPositions> cities = CityPositions.of(reconciliation);
		Labels chinese = labels(reconciliation, cities);
		if (this.chineseFont.isPresent() && chinese.displayableWith(this.chineseFont.get())) {
			return chinese;
		}
		return asciiLabels(reconciliation, cities);
	}

	private static Labels labels(Reconciliation reconciliation, List<CityPositions> cities) {
		String date = Cells.chineseDate(reconciliation.asOf());
		return new Labels(true, "各市招聘会提供就业岗位数量（截至" + date + "）", "线上招聘会", "线下招聘会",
				cities.stream().map((city) -> city.city().shortName()).toList(),
				cities.stream().map(CityPositions::note).toList());
	}

	private static Labels asciiLabels(Reconciliation reconciliation, List<CityPositions> cities) {
		return new Labels(false, "Positions offered per city (as of " + reconciliation.asOf() + ")", "Online fairs",
				"Offline fairs", cities.stream().map((city) -> ascii(city.city())).toList(),
				cities.stream().map(PositionsChartImage::asciiNote).toList());
	}

	private static String asciiNote(CityPositions city) {
		if (city.note().isEmpty()) {
			return "";
		}
		if (!city.hasFigures()) {
			return city.note().equals("退回") ? "(refused)" : "(not submitted)";
		}
		return "(" + city.note().replaceAll("[^0-9月日]", "").replace("月", "/").replace("日", "") + ")";
	}

	/** Pinyin for Shanxi's cities, else the city code. */
	static String ascii(City city) {
		return PINYIN.getOrDefault(city.shortName(), city.code());
	}

	record Labels(boolean chinese, String title, String online, String offline, List<String> cities,
			List<String> notes) {

		List<String> all() {
			List<String> all = new ArrayList<>(List.of(this.title, this.online, this.offline));
			all.addAll(this.cities);
			all.addAll(this.notes);
			return all;
		}

		boolean displayableWith(Font font) {
			return all().stream().allMatch((text) -> font.canDisplayUpTo(text) == -1);
		}

	}

}
