package org.chunfeng.intake.city;

import java.nio.file.Path;
import java.util.List;

/**
 * Blank statistics workbooks in the notice's layout, one per city, with the city's name
 * and counties filled in and input validation on the cells.
 */
public interface CityTemplates {

	/**
	 * Writes one workbook per city into {@code folder} (created if missing).
	 * @return the files written, in the cities' reference order
	 */
	List<Path> writeAll(Path folder);

}
