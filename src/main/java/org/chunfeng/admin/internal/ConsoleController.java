package org.chunfeng.admin.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chunfeng.deliverable.AsOfDates;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.platform.PlatformImportResult;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin console's pages (Thymeleaf, Chinese). */
@ConditionalOnWebApplication
@Controller
class ConsoleController {

	private static final Set<RunStatus> RUNNING = EnumSet.of(RunStatus.STARTING, RunStatus.STARTED, RunStatus.STOPPING);

	private final Console console;

	ConsoleController(Console console) {
		this.console = console;
	}

	@ModelAttribute("user")
	String user(Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

	@ModelAttribute("admin")
	boolean admin(Authentication authentication) {
		return RunsShown.isAdmin(authentication);
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String dashboard(Model model) {
		model.addAttribute("deliverables", this.console.deliverables());
		model.addAttribute("firings", this.console.recentFirings(20));
		model.addAttribute("alerts", this.console.recentAlerts(20));
		return page(model, "dashboard", "报表任务");
	}

	@PostMapping("/deliverables/{id}/run")
	String run(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "false") boolean force, @RequestParam(defaultValue = "false") boolean noMail,
			Principal principal, RedirectAttributes redirect) {
		try {
			this.console.submit(principal.getName(), id, asOf, force, !noMail);
			redirect.addFlashAttribute("message", "已提交运行 " + id + "（截至 " + asOf + "），本页自动刷新至运行结束");
			// the run may not have started when the list first shows: keep refreshing
			redirect.addFlashAttribute("watch", true);
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", "无法运行 " + id + "：" + Console.reason(ex));
		}
		return "redirect:/runs";
	}

	@PostMapping("/deliverables/{id}/pause")
	String pause(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		return change(redirect, "已暂停 " + id, () -> this.console.pause(principal.getName(), id));
	}

	@PostMapping("/deliverables/{id}/resume")
	String resume(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		return change(redirect, "已恢复 " + id, () -> this.console.resume(principal.getName(), id));
	}

	private String change(RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", Console.reason(ex));
		}
		return "redirect:/";
	}

	@GetMapping("/schedule")
	String schedule(@RequestParam(required = false) Integer campaign, Model model) {
		int year = (campaign != null) ? campaign : this.console.campaign().year();
		if (!this.console.hasCampaign(year)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有配置 " + year + " 年的活动");
		}
		model.addAttribute("year", year);
		model.addAttribute("firings", this.console.firings(year));
		return page(model, "schedule", "定时任务");
	}

	@GetMapping("/runs")
	String runs(Model model) {
		List<RunRecord> runs = this.console.recentRuns(100);
		model.addAttribute("runs", runs);
		model.addAttribute("refresh",
				model.containsAttribute("watch") || runs.stream().anyMatch((run) -> RUNNING.contains(run.status())));
		return page(model, "runs", "运行记录与报表");
	}

	@GetMapping("/runs/{id}")
	String run(@PathVariable long id, Model model) {
		RunRecord run = this.console.run(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有运行 #" + id));
		model.addAttribute("run", run);
		model.addAttribute("draft", this.console.draft(id).orElse(null));
		model.addAttribute("deliveries", this.console.deliveries(id));
		model.addAttribute("refresh", RUNNING.contains(run.status()));
		return page(model, "run", "运行 " + id);
	}

	@PostMapping("/runs/{id}/restart")
	String restart(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		try {
			this.console.submitRestart(principal.getName(), id);
			redirect.addFlashAttribute("message", "已提交：从失败的步骤重新运行 #" + id + "，本页自动刷新至运行结束");
			redirect.addFlashAttribute("watch", true);
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", "无法重新运行 #" + id + "：" + Console.reason(ex));
		}
		return "redirect:/runs";
	}

	@PostMapping("/runs/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Principal principal, RedirectAttributes redirect) throws IOException {
		boolean uploaded = file != null && !file.isEmpty();
		try {
			this.console.submitApproval(principal.getName(), id, uploaded ? file.getOriginalFilename() : null,
					uploaded ? file.getSize() : 0, uploaded ? file.getInputStream() : null);
			redirect.addFlashAttribute("message",
					"运行 #" + id + " 的报告稿已审核通过" + (uploaded ? "（发送上传的修改稿）" : "") + "，正在发送给领导，本页自动刷新至发送结束");
			redirect.addFlashAttribute("watch", true);
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", "无法审核运行 #" + id + "：" + Console.reason(ex));
			return "redirect:/runs/" + id;
		}
		return "redirect:/runs";
	}

	@GetMapping("/runs/{id}/report")
	ResponseEntity<Resource> report(@PathVariable long id) {
		return download(this.console, id);
	}

	@GetMapping("/runs/{id}/draft")
	ResponseEntity<Resource> draft(@PathVariable long id) {
		return downloadDraft(this.console, id);
	}

	static ResponseEntity<Resource> downloadDraft(Console console, long id) {
		Path file = console.draftFile(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "运行 #" + id + " 没有报告稿"));
		return attachment(file, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	static ResponseEntity<Resource> download(Console console, long id) {
		Path file = console.reportFile(id)
			.filter(java.nio.file.Files::isRegularFile)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "运行 #" + id + " 没有报表文件"));
		return attachment(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	/** A file to save under its own name (Chinese names too). */
	private static ResponseEntity<Resource> attachment(Path file, String mediaType) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.getFileName().toString(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.parseMediaType(mediaType))
			.body(new FileSystemResource(file));
	}

	@GetMapping("/submissions")
	String submissions(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate reportingDate = (date != null) ? date : this.console.latestDateWithData();
		model.addAttribute("date", reportingDate);
		// the date shown is among the choices, also when it is not a weekly due date (a
		// final summary's files of 8 April)
		List<LocalDate> dates = new ArrayList<>(this.console.campaign().weeklyDueDates());
		if (!dates.contains(reportingDate)) {
			dates.add(reportingDate);
			dates.sort(null);
		}
		model.addAttribute("dueDates", dates);
		model.addAttribute("submissions", this.console.submissions(reportingDate));
		model.addAttribute("imports", this.console.recentCityImports(50));
		return page(model, "submissions", "各市报送");
	}

	@PostMapping("/uploads/city")
	String uploadCity(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportingDate,
			Principal principal, RedirectAttributes redirect) throws IOException {
		try {
			CityImportResult result = this.console.uploadCity(principal.getName(), file.getOriginalFilename(),
					file.getSize(), file.getInputStream(), reportingDate);
			if (result.duplicate()) {
				redirect.addFlashAttribute("message", "重复文件：“" + result.file() + "”与已导入的文件内容相同，未重复处理");
			}
			else if (result.refused()) {
				redirect.addFlashAttribute("error", "“" + result.file() + "”"
						+ (result.acceptedCities().isEmpty() ? "被拒收：" : "未全部接收：") + String.join("；", result.errors()));
			}
			else {
				redirect.addFlashAttribute("message",
						"已导入“" + result.file() + "”：" + String.join("、", result.acceptedCities()));
			}
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", "导入失败：" + Console.reason(ex));
		}
		return "redirect:/submissions";
	}

	@PostMapping("/uploads/platform")
	String uploadPlatform(@RequestParam("file") MultipartFile file, Principal principal, RedirectAttributes redirect)
			throws IOException {
		try {
			PlatformImportResult result = this.console.uploadPlatform(principal.getName(), file.getOriginalFilename(),
					file.getSize(), file.getInputStream());
			switch (result.outcome()) {
				case REFUSED -> redirect.addFlashAttribute("error", "“" + result.file() + "”被拒收：" + result.reason());
				case DUPLICATE ->
					redirect.addFlashAttribute("message", "重复文件：“" + result.file() + "”" + result.reason());
				case LOADED -> redirect.addFlashAttribute("message", "已导入“" + result.file() + "”：读取 "
						+ result.rowsRead() + " 行，入库 " + result.rowsLoaded() + " 行，拒收 " + result.rowsRejected() + " 行");
			}
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", "导入失败：" + Console.reason(ex));
		}
		return "redirect:/imports";
	}

	@GetMapping("/discrepancies")
	String discrepancies(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		LocalDate date = (asOf != null) ? asOf : this.console.latestDateWithData();
		model.addAttribute("asOf", date);
		Optional<String> outside = AsOfDates.problem(date, this.console.campaign());
		model.addAttribute("error", outside.orElse(null));
		model.addAttribute("reconciliation", outside.isPresent() ? null : this.console.discrepancies(date));
		return page(model, "discrepancies", "核对差异");
	}

	@GetMapping("/imports")
	String imports(Model model) {
		model.addAttribute("imports", this.console.platformImports(200));
		return page(model, "imports", "平台导出文件");
	}

	@GetMapping("/rejections")
	String rejections(Model model) {
		model.addAttribute("rejections", this.console.rejections(200));
		return page(model, "rejections", "平台数据问题");
	}

	@GetMapping("/audit")
	String audit(Model model) {
		model.addAttribute("entries", this.console.audit(200));
		return page(model, "audit", "操作日志");
	}

	private String page(Model model, String view, String title) {
		model.addAttribute("title", title);
		model.addAttribute("page", view);
		model.addAttribute("campaign", this.console.campaign());
		model.addAttribute("now", this.console.now());
		return view;
	}

}
