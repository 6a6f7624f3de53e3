package vn.motcua.calendar;

/** The form to list a day or change a listed day; every field is text so that bad input is reported, not thrown. */
class CalendarDayFormData {

	private String date;

	private String type;

	private String name;

	private String legalSource;

	static CalendarDayFormData of(CalendarDay day) {
		CalendarDayFormData form = new CalendarDayFormData();
		form.date = day.date().toString();
		form.type = day.type().name();
		form.name = day.name();
		form.legalSource = day.legalSource();
		return form;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLegalSource() {
		return legalSource;
	}

	public void setLegalSource(String legalSource) {
		this.legalSource = legalSource;
	}
}
