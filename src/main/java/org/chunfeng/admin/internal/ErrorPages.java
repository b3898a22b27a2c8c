package org.chunfeng.admin.internal;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What {@code /error} answers, instead of Spring's Whitelabel page: a Chinese page with a
 * way back for the console, a Chinese problem document for the API. Neither shows a stack
 * trace or a server path.
 */
@ConditionalOnWebApplication
@Controller
class ErrorPages implements ErrorController {

	private static final Map<Integer, String> TITLES = Map.ofEntries(Map.entry(400, "请求有误"), Map.entry(401, "需要登录"),
			Map.entry(403, "没有权限"), Map.entry(404, "未找到"), Map.entry(405, "不支持的操作"), Map.entry(409, "操作冲突"),
			Map.entry(413, "文件过大"), Map.entry(415, "不支持的内容类型"), Map.entry(429, "尝试次数过多"), Map.entry(500, "服务器出错"),
			Map.entry(503, "暂时不可用"));

	private static final Map<Integer, String> SENTENCES = Map.ofEntries(Map.entry(400, "请求的内容有误，请返回检查后重试。"),
			Map.entry(401, "请先登录。"), Map.entry(403, "您的账号没有做这件事的权限（只读用户只能查看），或者页面已过期，请返回刷新后重试。"),
			Map.entry(404, "没有找到您要的页面或记录：地址可能有误，或记录已不存在。"), Map.entry(405, "这个地址不支持这种操作。"),
			Map.entry(409, "这个操作与正在进行或已完成的操作冲突。"), Map.entry(413, "上传的文件超过了大小上限，请确认选的是正确的文件。"),
			Map.entry(415, "不支持这种内容类型。"), Map.entry(429, "尝试次数过多，请稍后再试。"),
			Map.entry(500, "处理请求时出错，已记入服务器日志。请稍后重试，或联系系统管理员。"), Map.entry(503, "这项功能暂时不可用，请稍后再试。"));

	static String title(int status) {
		return TITLES.getOrDefault(status, (status >= 500) ? "服务器出错" : "请求未能完成");
	}

	static String sentence(int status) {
		return SENTENCES.getOrDefault(status, (status >= 500) ? SENTENCES.get(500) : "请求未能完成，请返回后重试。");
	}

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, Model model) {
		int status = status(request);
		model.addAttribute("status", status);
		model.addAttribute("title", title(status));
		model.addAttribute("sentence", sentence(status));
		model.addAttribute("reason", ourReason(request, status));
		model.addAttribute("back", sameSiteReferer(request));
		return "error";
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		int status = status(request);
		String reason = ourReason(request, status);
		ProblemDetail problem = ApiProblems.problem(HttpStatus.valueOf(status),
				(reason != null) ? reason : sentence(status).replaceAll("。$", ""));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(URI.create(uri.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static int status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer value) ? value : 500;
		return (HttpStatus.resolve(status) != null) ? status : 500;
	}

	/**
	 * The reason given with a 4xx by this application (Chinese, e.g. "没有运行 #9"); a
	 * framework's English message and anything of a 5xx stay out.
	 */
	private static String ourReason(HttpServletRequest request, int status) {
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		if (status >= 500 || !(message instanceof String text) || text.isBlank()) {
			return null;
		}
		boolean chinese = text.codePoints()
			.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		return chinese ? text : null;
	}

	/** The page the user came from, when it is one of the console's own. */
	private static String sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			boolean same = request.getServerName().equalsIgnoreCase(uri.getHost())
					&& request.getServerPort() == ((uri.getPort() > 0) ? uri.getPort() : 80);
			return (same && uri.getPath() != null && uri.getPath().startsWith("/") && !uri.getPath().equals("/error"))
					? uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "") : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
