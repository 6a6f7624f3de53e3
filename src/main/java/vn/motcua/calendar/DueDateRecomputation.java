package vn.motcua.calendar;

/**
 * SPI: a module that keeps due dates (the dossier module) recomputes them after the calendar changed. The calendar
 * calls every bean implementing this inside the transaction of the edit, after the new calendar is in force, and
 * shows the administrator how many due dates moved.
 */
public interface DueDateRecomputation {

	/** Recomputes the due dates of open dossiers affected by the change; returns how many of them moved. */
	int recomputeOpenDueDates(CalendarChanged change);
}
