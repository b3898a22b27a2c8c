package org.chunfeng.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.platform.PlatformCityCounts;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.CountyCheck;
import org.chunfeng.reconcile.CountyStatus;
import org.chunfeng.reconcile.MetricCheck;
import org.chunfeng.reconcile.MetricStatus;
import org.chunfeng.reconcile.PlatformFreshness;
import org.chunfeng.reconcile.Reconciler;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.region.Divisions;
import org.chunfeng.report.CompiledReport;
import org.chunfeng.report.ReportCompiler;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stand-ins for the reconciliation and report beans in a build that does not have them
 * yet: registered only when no real bean of the type exists, so the mail tests run the
 * real pipeline whenever it is there.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PipelineStandIns {

	@Bean
	static BeanDefinitionRegistryPostProcessor pipelineStandInRegistrar() {
		return new BeanDefinitionRegistryPostProcessor() {

			@Override
			public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
				ConfigurableListableBeanFactory factory = (ConfigurableListableBeanFactory) registry;
				if (factory.getBeanNamesForType(Reconciler.class, true, false).length == 0) {
					registry.registerBeanDefinition("standInReconciler",
							new RootBeanDefinition(StandInReconciler.class));
				}
				if (factory.getBeanNamesForType(ReportCompiler.class, true, false).length == 0) {
					registry.registerBeanDefinition("standInReportCompiler",
							new RootBeanDefinition(StandInReportCompiler.class));
				}
			}

		};
	}

	/** Every city not submitted, every county not listed. */
	static class StandInReconciler implements Reconciler {

		private final Divisions divisions;

		StandInReconciler(Divisions divisions) {
			this.divisions = divisions;
		}

		@Override
		public Reconciliation reconcile(LocalDate asOf, LocalDate period) {
			return new Reconciliation(asOf, period, Optional.empty(),
					new PlatformFreshness(false, "尚未导入平台导出数据", null, null, null, 0, 0, 0), List.of(),
					this.divisions.cities()
						.stream()
						.map((city) -> new CityReconciliation(city, SubmissionStatus.NOT_SUBMITTED, Optional.empty(),
								Optional.empty(), new PlatformCityCounts(city.code(), 0, 0, 0, 0, 0, Map.of()),
								Metric.reconciled()
									.stream()
									.map((metric) -> new MetricCheck(metric, null, 0, null, MetricStatus.NOT_SUBMITTED))
									.toList(),
								city.counties()
									.stream()
									.map((county) -> new CountyCheck(county.code(), county.name(), 0, 0,
											CountyCheck.Claim.NOT_LISTED, CountyStatus.NOT_SUBMITTED))
									.toList(),
								List.of(), Map.of()))
						.toList());
		}

		@Override
		public LocalDate weeklyPeriod(LocalDate asOf) {
			return asOf;
		}

		@Override
		public void store(long runId, Reconciliation reconciliation) {
		}

		@Override
		public Optional<Reconciliation> stored(long runId) {
			return Optional.empty();
		}

	}

	/** A one-sheet workbook and a few PNG bytes. */
	static class StandInReportCompiler implements ReportCompiler {

		@Override
		public CompiledReport compile(String deliverable, String title, List<String> sheets,
				Reconciliation reconciliation, Path file, String edition) {
			try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
				workbook.createSheet("统计表").createRow(0).createCell(0).setCellValue(title);
				workbook.write(out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new CompiledReport(file);
		}

		@Override
		public byte[] positionsChartPng(Reconciliation reconciliation) {
			return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
		}

	}

}
