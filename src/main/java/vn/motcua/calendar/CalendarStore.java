package vn.motcua.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.shared.VietnamTime;

/** The calendar tables: stored years and their listed days, and the agencies' office hours. */
@Repository
class CalendarStore {

	private final JdbcClient jdbc;

	CalendarStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored calendar of the year, or the provisional one built from the Labor Code when none is stored. */
	YearCalendar load(int year) {
		Optional<Boolean> provisional = jdbc.sql("select provisional from calendar_year where year = ?").param(year)
			.query(Boolean.class).optional();
		return provisional.map(flag -> new YearCalendar(year, flag, days(year)))
			.orElseGet(() -> ProvisionalCalendar.of(year));
	}

	boolean isStored(int year) {
		return jdbc.sql("select count(*) from calendar_year where year = ?").param(year).query(Integer.class)
			.single() > 0;
	}

	Optional<YearConfirmation> findConfirmation(int year) {
		return jdbc.sql("select confirmed_by, confirmed_at from calendar_year where year = ? and not provisional")
			.param(year)
			.query((rs, i) -> new YearConfirmation(rs.getString("confirmed_by"),
					VietnamTime.read(rs, "confirmed_at")))
			.optional();
	}

	/** Stores a year's calendar as it is now (a provisional year before its first edit). */
	void store(YearCalendar calendar) {
		jdbc.sql("insert into calendar_year (year, provisional) values (?, ?)")
			.params(calendar.year(), calendar.provisional()).update();
		calendar.days().forEach(this::insert);
	}

	Optional<CalendarDay> findDay(LocalDate date) {
		return jdbc.sql("select day, type, name, legal_source from calendar_day where day = ?").param(date)
			.query(CalendarStore::day).optional();
	}

	void insert(CalendarDay day) {
		jdbc.sql("insert into calendar_day (day, year, type, name, legal_source) values (?, ?, ?, ?, ?)")
			.params(day.date(), day.date().getYear(), day.type().name(), day.name(), day.legalSource()).update();
	}

	void update(CalendarDay day) {
		jdbc.sql("update calendar_day set type = ?, name = ?, legal_source = ? where day = ?")
			.params(day.type().name(), day.name(), day.legalSource(), day.date()).update();
	}

	void delete(LocalDate date) {
		jdbc.sql("delete from calendar_day where day = ?").param(date).update();
	}

	void confirm(int year, String actor, OffsetDateTime at) {
		jdbc.sql("update calendar_year set provisional = false, confirmed_by = ?, confirmed_at = ? where year = ?")
			.params(actor, at, year).update();
	}

	Optional<OfficeHours> findOfficeHours(String agencyCode) {
		return jdbc.sql("select opening_time, cut_off, closing_time from calendar_office_hours where agency_code = ?")
			.param(agencyCode)
			.query((rs, i) -> hours(rs))
			.optional();
	}

	/** Office hours set for agencies, by agency code. */
	Map<String, OfficeHours> officeHours() {
		Map<String, OfficeHours> hours = new TreeMap<>();
		jdbc.sql("select agency_code, opening_time, cut_off, closing_time from calendar_office_hours")
			.query(rs -> {
				hours.put(rs.getString("agency_code"), hours(rs));
			});
		return hours;
	}

	void saveOfficeHours(String agencyCode, OfficeHours hours) {
		jdbc.sql("""
				insert into calendar_office_hours (agency_code, opening_time, cut_off, closing_time) values (?, ?, ?, ?)
				on conflict (agency_code) do update set opening_time = excluded.opening_time, cut_off = excluded.cut_off,
				    closing_time = excluded.closing_time""")
			.params(agencyCode, hours.openingTime(), hours.cutOff(), hours.closingTime()).update();
	}

	private static OfficeHours hours(ResultSet rs) throws SQLException {
		return new OfficeHours(rs.getObject("opening_time", LocalTime.class), rs.getObject("cut_off", LocalTime.class),
				rs.getObject("closing_time", LocalTime.class));
	}

	private List<CalendarDay> days(int year) {
		return jdbc.sql("select day, type, name, legal_source from calendar_day where year = ? order by day")
			.param(year).query(CalendarStore::day).list();
	}

	private static CalendarDay day(ResultSet rs, int row) throws SQLException {
		return new CalendarDay(rs.getObject("day", LocalDate.class), DayType.valueOf(rs.getString("type")),
				rs.getString("name"), rs.getString("legal_source"));
	}

	/** Who confirmed a year's calendar, and when. */
	record YearConfirmation(String confirmedBy, OffsetDateTime confirmedAt) {
	}
}
