package org.chunfeng.deliverable;

import org.chunfeng.delivery.MailKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs told to staff in Chinese: statuses as the console shows them, and what each step
 * did in words instead of Batch's read/write/skip counts.
 */
class RunWordingTests {

	@Test
	void runStepAndMessageStatusesInChinese() {
		assertThat(RunWording.status(RunStatus.AWAITING_APPROVAL)).isEqualTo("待审核");
		assertThat(RunWording.status(RunStatus.COMPLETED)).isEqualTo("已完成");
		assertThat(RunWording.status(RunStatus.STOPPED)).isEqualTo("已停止");
		assertThat(RunWording.status(RunStatus.FAILED)).isEqualTo("失败");
		assertThat(RunWording.status(RunStatus.APPROVED)).isEqualTo("已审核通过");
		assertThat(RunWording.status(RunStatus.COMPLETED_WITH_FAILURES)).isEqualTo("部分发送失败");
		assertThat(RunWording.status(RunStatus.INTERRUPTED)).isEqualTo("已中断（待接管）");
		assertThat(RunWording.status(RunMail.Status.SENT)).isEqualTo("已发送");
		assertThat(RunWording.status(RunMail.Status.NOT_SENT)).isEqualTo("未发送");
		assertThat(RunWording.mailKind(MailKind.DISCREPANCY)).isEqualTo("差异通知");
		assertThat(RunWording.mailKind(MailKind.DRAFT)).isEqualTo("待审核稿");
	}

	@Test
	void eachStepSaysWhatItDid() {
		assertThat(RunWording.stepLine(step("ingestPlatformStep", "COMPLETED", 1, 1, 0, null)))
			.isEqualTo("导入平台数据（已完成）：1 个文件，导入 1 个");
		assertThat(RunWording.stepLine(step("ingestPlatformStep", "COMPLETED", 0, 0, 0, null)))
			.isEqualTo("导入平台数据（已完成）：无新文件");
		assertThat(RunWording.stepLine(step("ingestCityReportsStep", "COMPLETED", 3, 2, 1, "长治.xlsx: 统计表!D5: 不是数字")))
			.isEqualTo("导入各市统计表（已完成）：3 个文件，接收 2 个，退回 1 个；长治.xlsx: 统计表!D5: 不是数字");
		assertThat(RunWording.stepLine(step("reconcileStep", "COMPLETED", 1, 10, 0, null)))
			.isEqualTo("核对（已完成）：10 市有数据");
		assertThat(RunWording.stepLine(step("compileStep", "COMPLETED", 0, 1, 0, null))).isEqualTo("编制报表（已完成）：报表 1 份");
		assertThat(RunWording.stepLine(step("compileStep", "COMPLETED", 0, 2, 0, null)))
			.isEqualTo("编制报表（已完成）：报表和报告稿各 1 份");
		assertThat(RunWording.stepLine(step("deliverStep", "COMPLETED", 1, 7, 0, null)))
			.isEqualTo("发送邮件（已完成）：发送 7 封邮件");
		assertThat(RunWording.stepLine(step("deliverStep", "STOPPED", 1, 1, 0, "报告稿已发送审核")))
			.isEqualTo("发送邮件（已停止）：发送 1 封邮件；报告稿已发送审核");
		assertThat(RunWording.stepLine(step("deliverStep", "COMPLETED", 0, 0, 0, "--no-mail")))
			.isEqualTo("发送邮件（已完成）：未发送邮件（预览：不发邮件）");
		assertThat(RunWording.stepLine(step("deliverStep", "FAILED", 1, 0, 0, "2 封邮件未能发送")))
			.isEqualTo("发送邮件（失败）：2 封邮件未能发送");
	}

	@Test
	void aReminderSaysItCompilesNoReportWithoutEnglish() {
		// as stored by this version (no note) and by earlier ones
		assertThat(RunWording.stepLine(step("compileStep", "COMPLETED", 0, 0, 0, null))).isEqualTo("编制报表（已完成）：不编制报表");
		assertThat(RunWording.stepLine(step("compileStep", "COMPLETED", 0, 0, 0, "no report for reminder")))
			.isEqualTo("编制报表（已完成）：不编制报表");
		assertThat(RunWording.stepNote("no report for reminder")).isEmpty();
	}

	private static RunRecord.Step step(String name, String status, long read, long written, long skipped, String note) {
		return new RunRecord.Step(name, RunStatus.valueOf(status), read, written, skipped, note);
	}

}
