package org.chunfeng.campaign.internal;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chunfeng.YamlFiles;
import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.CampaignCalendar.Holiday;
import org.chunfeng.campaign.Campaigns;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import static org.chunfeng.YamlFiles.require;

/**
 * Reads {@code campaign-<year>.yml} files from {@code chunfeng.campaign.location}
 * ({@link CampaignProperties}). The current year's file is read and checked at start-up,
 * so a broken one stops the start with the file and the problem named.
 */
@Component
class ConfiguredCampaigns implements Campaigns {

	private static final Pattern FILE_NAME = Pattern.compile("campaign-(\\d{4})\\.ya?ml");

	private final String location;

	private final int currentYear;

	private final Map<Integer, CampaignCalendar> loaded = new ConcurrentHashMap<>();

	ConfiguredCampaigns(CampaignProperties properties) {
		String location = properties.location();
		this.location = location.endsWith("/") ? location : location + "/";
		this.currentYear = properties.year();
		current();
	}

	@Override
	public CampaignCalendar current() {
		return forYear(this.currentYear);
	}

	@Override
	public CampaignCalendar forYear(int year) {
		return this.loaded.computeIfAbsent(year, this::load);
	}

	@Override
	public List<Integer> years() {
		List<Integer> years = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources(this.location + "campaign-*.y*ml")) {
				Matcher matcher = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
				if (matcher.matches()) {
					years.add(Integer.parseInt(matcher.group(1)));
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot list campaign files in " + this.location, ex);
		}
		years.sort(null);
		return years;
	}

	private CampaignCalendar load(int year) {
		Resource file = new PathMatchingResourcePatternResolver()
			.getResource(this.location + "campaign-" + year + ".yml");
		if (!file.exists()) {
			throw new IllegalStateException("campaign file " + file.getDescription() + " does not exist (campaign "
					+ year + " is not configured)");
		}
		return read(file, year);
	}

	static CampaignCalendar read(Resource file, int expectedYear) {
		String source = "campaign file " + file.getDescription();
		CampaignFile content = YamlFiles.read(source, file, CampaignFile.class);
		require(content.year() != null, source, "year is missing");
		require(content.year() == expectedYear, source, "year is " + content.year() + ", expected " + expectedYear);
		require(content.window() != null && content.window().start() != null && content.window().end() != null, source,
				"window.start and window.end are required");
		require(!content.window().end().isBefore(content.window().start()), source,
				"window.end is before window.start");
		require(content.deadlines() != null
				&& content.deadlines().keySet().containsAll(List.of("phase1", "phase2", "final")), source,
				"deadlines phase1, phase2 and final are required");
		require(content.weekly() != null && content.weekly().first() != null && content.weekly().last() != null, source,
				"weekly.first and weekly.last are required");
		ZoneId zone;
		try {
			zone = ZoneId.of(content.zone());
		}
		catch (DateTimeException ex) {
			throw new IllegalStateException(source + ": zone '" + content.zone() + "' is not a time zone", ex);
		}
		List<Holiday> holidays = new ArrayList<>();
		if (content.holidays() != null) {
			for (CampaignFile.HolidayEntry entry : content.holidays()) {
				require(entry.from() != null && entry.to() != null && !entry.to().isBefore(entry.from()), source,
						"holiday " + entry.name() + " needs from <= to");
				holidays.add(new Holiday(entry.name(), entry.from(), entry.to()));
			}
		}
		return new CampaignCalendar(content.year(), content.name(), content.province(), zone, content.window().start(),
				content.window().end(), content.deadlines(), content.weekly().dayOfWeek(), content.weekly().first(),
				content.weekly().last(), content.weekly().dueTime(), content.holidayShift(), holidays,
				new HashSet<>((content.makeUpWorkingDays() != null) ? content.makeUpWorkingDays() : List.of()));
	}

}
