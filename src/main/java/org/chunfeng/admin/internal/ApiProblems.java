package org.chunfeng.admin.internal;

import java.util.NoSuchElementException;

import org.chunfeng.deliverable.RunConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API as an RFC 9457 problem document in Chinese, with its
 * status: 400 bad input, 404 unknown id, 409 running already or done since, 413 too
 * large, 500 (with nothing of the server in it) for the rest.
 */
@ConditionalOnWebApplication
@RestControllerAdvice(assignableTypes = ApiController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler(NoSuchElementException.class)
	ProblemDetail notFound(NoSuchElementException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(RunConflictException.class)
	ProblemDetail conflict(RunConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

	/** Not a multipart request at all (a multipart one without its part is below). */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail notMultipart(MultipartException ex) {
		if (ex instanceof MaxUploadSizeExceededException tooLarge) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge(tooLarge));
		}
		return problem(HttpStatus.BAD_REQUEST, "上传须用 multipart/form-data，文件放在表单字段 file 中");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail failed(Exception ex) {
		logger.error("API request failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "处理请求时出错，已记入服务器日志，请稍后重试或联系管理员");
	}

	/** Spring MVC's own exceptions: their status kept, title and detail in Chinese. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem = problem(statusCode, detail(ex, statusCode));
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	private static String detail(Exception ex, HttpStatusCode status) {
		if (ex instanceof ResponseStatusException given && given.getReason() != null) {
			return given.getReason();
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			return "缺少上传的文件（表单字段 " + missing.getRequestPartName() + "）";
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return "缺少参数 " + missing.getParameterName();
		}
		if (ex instanceof TypeMismatchException mismatch) {
			String name = (mismatch.getPropertyName() != null) ? mismatch.getPropertyName() : "";
			return "参数 " + name + " 的值 " + mismatch.getValue() + " 无效，应为" + expected(mismatch.getRequiredType());
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return "请求正文无法读取：应为 JSON，日期写作 yyyy-MM-dd，例如 {\"asOf\": \"2024-02-29\"}";
		}
		if (ex instanceof MaxUploadSizeExceededException tooLarge) {
			return tooLarge(tooLarge);
		}
		if (ex instanceof HttpRequestMethodNotSupportedException method) {
			return "不支持用 " + method.getMethod() + " 请求这个地址";
		}
		if (ex instanceof HttpMediaTypeNotSupportedException media) {
			return "不支持的内容类型 " + media.getContentType() + "，应为 application/json";
		}
		return ErrorPages.sentence(status.value()).replaceAll("。$", "");
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "正确的值";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "整数";
		}
		if (type == java.time.LocalDate.class) {
			return "日期 yyyy-MM-dd（且该日期存在）";
		}
		return "正确的值";
	}

	private static String tooLarge(MaxUploadSizeExceededException ex) {
		long max = ex.getMaxUploadSize();
		return "上传的文件过大" + ((max > 0) ? "（上限 " + (max / 1048576) + " MB）" : "");
	}

	static ProblemDetail problem(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(ErrorPages.title(status.value()));
		return problem;
	}

}
