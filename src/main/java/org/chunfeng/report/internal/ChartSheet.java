package org.chunfeng.report.internal;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * 图表: a native Excel clustered bar chart of positions offered per city, online and
 * offline, over a visible data range (A3:C14) so that people can check and reuse it.
 */
final class ChartSheet {

	static final String NAME = "图表";

	static final int HEADER_ROW = 2;

	static final int FIRST_CITY_ROW = 3;

	static final String ONLINE = "线上招聘会提供就业岗位数量";

	static final String OFFLINE = "线下招聘会提供就业岗位数量";

	private ChartSheet() {
	}

	static void write(Sheet sheet, ReportData data, Styles styles) {
		XSSFSheet xssf = (XSSFSheet) sheet;
		String title = "各市招聘会提供就业岗位数量（截至" + Cells.chineseDate(data.asOf()) + "）";
		Cells.titleRows(sheet, styles, title, data.subtitle(), 12);
		Row header = Cells.row(sheet, HEADER_ROW);
		header.setHeightInPoints(36);
		Cells.text(header, 0, "市级名称", styles.header, styles);
		Cells.text(header, 1, ONLINE, styles.header, styles);
		Cells.text(header, 2, OFFLINE, styles.header, styles);
		Cells.width(sheet, 0, 18);
		Cells.width(sheet, 1, 16);
		Cells.width(sheet, 2, 16);
		List<CityPositions> cities = CityPositions.of(data.reconciliation());
		int rowIndex = FIRST_CITY_ROW;
		for (CityPositions city : cities) {
			Row row = Cells.row(sheet, rowIndex++);
			Cells.text(row, 0, city.label(), city.hasFigures() ? styles.textCenter : styles.missingText, styles);
			if (city.hasFigures()) {
				Cells.number(row, 1, city.online(), styles.count);
				Cells.number(row, 2, city.offline(), styles.count);
			}
			else {
				// no bar rather than a bar of 0: the city has no figures
				Cells.blank(row, 1, styles.missingText);
				Cells.blank(row, 2, styles.missingText);
			}
		}
		int lastRow = FIRST_CITY_ROW + cities.size() - 1;
		XSSFDrawing drawing = xssf.createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 4, HEADER_ROW, 18, HEADER_ROW + 26));
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		values.setCrossBetween(AxisCrossBetween.BETWEEN);
		values.setTitle("岗位数");
		XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(xssf,
				new CellRangeAddress(FIRST_CITY_ROW, lastRow, 0, 0));
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
		bars.setBarDirection(BarDirection.COL);
		bars.setBarGrouping(BarGrouping.CLUSTERED);
		bars.setVaryColors(false);
		series(bars, names, xssf, 1, lastRow, ONLINE, PresetColor.STEEL_BLUE);
		series(bars, names, xssf, 2, lastRow, OFFLINE, PresetColor.DARK_ORANGE);
		chart.plot(bars);
		Cells.noteRow(sheet, styles, lastRow + 2, "说明：括号内注明沿用以前数据的日期；未报送的城市没有柱。", 2);
		Cells.row(sheet, lastRow + 2).setHeightInPoints(34);
		sheet.createFreezePane(0, FIRST_CITY_ROW);
		Cells.printSetup(sheet, HEADER_ROW, HEADER_ROW);
	}

	private static void series(XDDFBarChartData bars, XDDFDataSource<String> names, XSSFSheet sheet, int column,
			int lastRow, String title, PresetColor color) {
		XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
				new CellRangeAddress(FIRST_CITY_ROW, lastRow, column, column));
		XDDFChartData.Series series = bars.addSeries(names, numbers);
		series.setTitle(title, new CellReference(sheet.getSheetName(), HEADER_ROW, column, true, true));
		XDDFShapeProperties shape = new XDDFShapeProperties();
		shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
		series.setShapeProperties(shape);
	}

}
