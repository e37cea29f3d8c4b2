function h = ref_log(n, sigma)
% MATLAB's fspecial('log', n, sigma) as its reference page (Algorithms) defines it, for
% GNU Octave, whose image package scales its LoG otherwise (recorded in
% matlab/image_processing): the Gaussian with values below eps times its largest set to
% zero, times (x^2 + y^2 - 2 sigma^2) / sigma^4, divided by the Gaussian's sum, then
% shifted to sum zero.
r = (n - 1) / 2;
[x, y] = meshgrid(-r:r, -r:r);
g = exp(-(x .^ 2 + y .^ 2) / (2 * sigma ^ 2));
g(g < eps * max(g(:))) = 0;
if sum(g(:)) ~= 0, g = g / sum(g(:)); end
h = g .* (x .^ 2 + y .^ 2 - 2 * sigma ^ 2) / sigma ^ 4;
h = h - sum(h(:)) / numel(h);
end
