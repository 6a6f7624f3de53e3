package vn.motcua.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn on the server as SVG (no script, readable on a phone): one group of bars per label, one bar per
 * series, heights scaled to the largest value.
 */
public record BarChart(String titleKey, List<String> seriesKeys, List<Group> groups, int width, int height, long max) {

	static final int PLOT_HEIGHT = 160;

	static final int TOP = 10;

	public record Group(String label, List<Long> values) {
	}

	/** One drawn bar: position and size in SVG units, its series index (for the colour) and its value. */
	public record Bar(double x, double y, double width, double height, int series, long value, String label) {
	}

	static BarChart of(String titleKey, List<String> seriesKeys, List<Group> groups) {
		long max = groups.stream().flatMap(g -> g.values().stream()).mapToLong(Long::longValue).max().orElse(0);
		return new BarChart(titleKey, seriesKeys, groups, Math.max(320, groups.size() * 48), PLOT_HEIGHT + 40, max);
	}

	public List<Bar> bars() {
		List<Bar> bars = new ArrayList<>();
		double slot = (double) width / Math.max(1, groups.size());
		double barWidth = (slot - 8) / Math.max(1, seriesKeys.size());
		for (int g = 0; g < groups.size(); g++) {
			Group group = groups.get(g);
			for (int s = 0; s < group.values().size(); s++) {
				long value = group.values().get(s);
				double h = max == 0 ? 0 : (double) value * PLOT_HEIGHT / max;
				bars.add(new Bar(g * slot + 4 + s * barWidth, TOP + PLOT_HEIGHT - h, barWidth - 1, h, s, value,
						group.label()));
			}
		}
		return bars;
	}

	/** Where each group's label goes on the x axis. */
	public List<double[]> labelPositions() {
		List<double[]> positions = new ArrayList<>();
		double slot = (double) width / Math.max(1, groups.size());
		for (int g = 0; g < groups.size(); g++) {
			positions.add(new double[] { g * slot + slot / 2, TOP + PLOT_HEIGHT + 16 });
		}
		return positions;
	}
}
