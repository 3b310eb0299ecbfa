// The review pack's only script: it signs the client's decisions with the pack's secret
// (HMAC-SHA-256, Web Crypto) over the exact text it saves, and downloads them as a file.
(function () {
  'use strict';
  var pack = JSON.parse(document.getElementById('pack-data').textContent);
  var status = document.getElementById('status');

  function say(text, problem) {
    status.textContent = text;
    status.className = problem ? 'problem' : 'done';
  }

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  function bytes(hexText) {
    var out = new Uint8Array(hexText.length / 2);
    for (var i = 0; i < out.length; i++) {
      out[i] = parseInt(hexText.substr(2 * i, 2), 16);
    }
    return out;
  }

  function decisions() {
    var chosen = [];
    var posts = document.querySelectorAll('article[data-entry]');
    for (var i = 0; i < posts.length; i++) {
      var post = posts[i];
      var picked = post.querySelector('input[type=radio]:checked');
      var comment = post.querySelector('textarea').value.trim();
      if (!picked) {
        continue;
      }
      if (picked.value === 'changesRequested' && !comment) {
        post.querySelector('textarea').focus();
        throw new Error('Please say what to change in \u201c' + post.querySelector('h3').textContent + '\u201d.');
      }
      chosen.push({ entry: post.getAttribute('data-entry'), decision: picked.value, comment: comment });
    }
    if (!chosen.length) {
      throw new Error('Approve or request changes on at least one post first.');
    }
    return chosen;
  }

  function download(name, text) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  document.getElementById('save').addEventListener('click', function () {
    var reviewer = document.getElementById('reviewer').value.trim();
    var chosen;
    try {
      if (!reviewer) {
        document.getElementById('reviewer').focus();
        throw new Error('Please type your name first.');
      }
      chosen = decisions();
    } catch (problem) {
      say(problem.message, true);
      return;
    }
    if (!window.crypto || !window.crypto.subtle) {
      say('This browser cannot sign the decisions. Please open the page in a current Chrome, Edge, Firefox or Safari.', true);
      return;
    }
    var payload = JSON.stringify({ format: 'playbook-review-decisions/1', pack: pack.pack, strategy: pack.strategy,
      reviewer: reviewer, decidedAt: new Date().toISOString(), decisions: chosen });
    var encoder = new TextEncoder();
    window.crypto.subtle.importKey('raw', bytes(pack.secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
      .then(function (key) { return window.crypto.subtle.sign('HMAC', key, encoder.encode(payload)); })
      .then(function (signature) {
        download(pack.fileName, JSON.stringify({ payload: payload, signature: hex(signature) }, null, 1) + '\n');
        say('Saved ' + pack.fileName + ' with ' + chosen.length + (chosen.length === 1 ? ' decision' : ' decisions')
          + '. Send that file back to your agency.', false);
      }, function (problem) {
        say('The decisions could not be signed: ' + problem.message, true);
      });
  });
})();
