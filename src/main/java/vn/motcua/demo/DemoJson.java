package vn.motcua.demo;

/**
 * A flat JSON object written by hand (the generator writes a million of them): string fields, escaped, a null value
 * left out, and raw fields for the arrays and objects written before.
 */
final class DemoJson {

	private final StringBuilder text = new StringBuilder(128).append('{');

	DemoJson field(String name, String value) {
		if (value != null) {
			separate(name);
			text.append('"');
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == '"' || c == '\\') {
					text.append('\\');
				}
				text.append(c < 0x20 ? ' ' : c);
			}
			text.append('"');
		}
		return this;
	}

	DemoJson raw(String name, String json) {
		separate(name);
		text.append(json);
		return this;
	}

	String end() {
		return text.append('}').toString();
	}

	private void separate(String name) {
		if (text.length() > 1) {
			text.append(',');
		}
		text.append('"').append(name).append("\":");
	}
}
