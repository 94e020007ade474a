// This page keeps Trusted Types enforced, as the center's policy asks, although its jQuery 3 predates them:
// when it loads, jQuery probes the browser by writing four fixed snippets of HTML with innerHTML. A default
// policy lets exactly those through and refuses any other string, so the page's own code still has to build
// its DOM without HTML strings (jQuery 4 needs none of this). The widgets never use it: Lit has its own policy.
(function () {
  if (!window.trustedTypes || !window.trustedTypes.createPolicy) return;
  var jqueryProbes = [
    /^<a id='jQuery\d+' href='' disabled='disabled'><\/a><select id='jQuery\d+-\r\\' disabled='disabled'><option selected=''><\/option><\/select>$/,
    /^<textarea>x<\/textarea>$/,
    /^<option><\/option>$/,
    /^<form><\/form><form><\/form>$/
  ];
  window.trustedTypes.createPolicy('default', {
    createHTML: function (html) {
      for (var i = 0; i < jqueryProbes.length; i++) if (jqueryProbes[i].test(html)) return html;
      return null;
    }
  });
})();
