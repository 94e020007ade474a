// The site's own script, written as such themes were: jQuery, ES5, in a file of its own (the policy allows no
// inline script). It configures the widgets, then listens to their DOM events (they bubble out of their
// shadow roots and carry codes and statuses, never personal data) and reports them in a Bootstrap alert.
/* global jQuery */
jQuery(function ($) {
  var $alert = $('#hpasc-events');

  function show(kind, text) {
    $alert.removeClass('hidden alert-info alert-success alert-danger').addClass('alert-' + kind).text(text);
  }

  // An embedding site writes these attributes in its HTML (api-key="pk_live_…" base-url="https://…/v1");
  // the sandbox hands out its own.
  $.getJSON('/sandbox-config.json').done(function (config) {
    $('hpasc-provider').attr({ 'api-key': config.apiKey, 'base-url': config.apiBaseUrl });
  });

  $(document)
    .on('hpasc-ready', function (event) {
      var detail = event.originalEvent.detail;
      if (detail.dossierCode) show('info', 'Đã mở hồ sơ ' + detail.dossierCode + '.');
    })
    .on('hpasc-status-change', function (event) {
      show('info', 'Hồ sơ ' + event.originalEvent.detail.dossierCode + ' vừa được cập nhật.');
    })
    .on('hpasc-feedback-sent', function (event) {
      show('success', 'Phản ánh, kiến nghị đã được gửi. Mã phản ánh: ' + event.originalEvent.detail.feedbackCode + '.');
    })
    .on('hpasc-error', function (event) {
      var detail = event.originalEvent.detail;
      show('danger', 'Tiện ích báo lỗi ' + detail.code + (detail.requestId ? ' (mã yêu cầu ' + detail.requestId + ')' : '') + '.');
    });
});
