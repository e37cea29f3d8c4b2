function [P, f] = ref_pmtm(x, nw, nfft, fs, method, range, droplast)
% MATLAB's pmtm (documented definition, evaluated in GNU Octave, which has no pmtm).
% Written for compat's golden suite signal_gaps: tapers ref_dpss(N, nw) less the last
% (droplast), eigenspectra abs(fft(e_k.*x, nfft)).^2 (a longer x wrapped modulo nfft),
% combined over all nfft bins by Thomson's adaptive weights (Percival & Walden
% pp. 368-370, started from the mean of the first two eigenspectra, stopped when the
% mean absolute change is at most 0.0005*sigma^2/nfft), unity or eigenvalue weights
% (divided by K), folded to one side for real x and divided by fs (2*pi if empty).
  if nargin < 2 || isempty(nw), nw = 4; end
  if isvector(x), x = x(:); end
  N = size(x, 1);
  if nargin < 3 || isempty(nfft), nfft = max(256, 2^nextpow2(N)); end
  if nargin < 4, fs = []; end
  if nargin < 5 || isempty(method), method = 'adapt'; end
  if nargin < 6 || isempty(range), range = 'onesided'; end
  if nargin < 7, droplast = true; end
  [E, V] = ref_dpss(N, nw);
  if droplast, E = E(:, 1:end-1); V = V(1:end-1); end
  K = numel(V);
  if isempty(fs), span = 2*pi; else, span = fs; end
  P = [];
  for c = 1:size(x, 2)
    seg = E .* x(:, c);
    if N > nfft
      seg = [seg; zeros(mod(-N, nfft), K)];
      seg = squeeze(sum(reshape(seg, nfft, [], K), 2));
      if K == 1, seg = seg(:); end
    end
    Sk = abs(fft(seg, nfft)).^2;
    switch method
      case 'unity'
        S = Sk * ones(K, 1) / K;
      case 'eigen'
        S = Sk * V / K;
      otherwise
        sig2 = (x(:, c)' * x(:, c)) / N;
        S = (Sk(:, 1) + Sk(:, 2)) / 2;
        S1 = zeros(nfft, 1);
        tol = 0.0005 * sig2 / nfft;
        a = sig2 * (1 - V);
        while sum(abs(S - S1) / nfft) > tol
          b = (S * ones(1, K)) ./ (S * V' + ones(nfft, 1) * a');
          wk = (b.^2) .* (ones(nfft, 1) * V');
          S1 = S;
          S = sum(wk .* Sk, 2) ./ sum(wk, 2);
        end
    end
    if strcmp(range, 'onesided')
      if mod(nfft, 2) == 0
        S = S(1:nfft/2+1); S(2:end-1) = 2*S(2:end-1);
      else
        S = S(1:(nfft+1)/2); S(2:end) = 2*S(2:end);
      end
    end
    P(:, c) = S / span;
  end
  f = (0:size(P, 1)-1)' * span / nfft;
end
