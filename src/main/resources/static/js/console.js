// Keeps the dashboard's deadline countdowns current without reloading the page.
(function () {
  function update() {
    document.querySelectorAll('[data-deadline]').forEach(function (element) {
      var left = Date.parse(element.getAttribute('data-deadline')) - Date.now();
      if (isNaN(left)) {
        return;
      }
      if (left <= 0) {
        element.textContent = '已过截止时间';
        return;
      }
      var minutes = Math.floor(left / 60000);
      element.textContent = '还有 ' + Math.floor(minutes / 1440) + ' 天 ' + Math.floor((minutes % 1440) / 60)
        + ' 小时 ' + (minutes % 60) + ' 分';
    });
  }
  update();
  setInterval(update, 30000);
})();
