function [e, t, gx, gy] = ref_edge(I, method, varargin)
% MATLAB's edge (Image Processing Toolbox, edge.m of 2013-2024) step by step, for
% GNU Octave, whose edge thins, smooths and thresholds differently. Written for compat's
% golden suite matlab/edge_detection from the steps of MathWorks' edge.m (facts only);
% under MATLAB the cases call edge itself.
%   [e, t, gx, gy] = ref_edge(I, 'sobel'|'prewitt'|'roberts', thresh, kx, ky, thinning)
%   [e, t] = ref_edge(I, 'zerocross', thresh, h)       (thresh [] for automatic)
%   [e, t] = ref_edge(I, 'canny', thresh, sigma)
if ~isfloat(I), a = im2single(I); else a = I; end
[m, n] = size(a);
switch method
  case {'sobel', 'prewitt', 'roberts'}
    thresh = varargin{1}; kx = varargin{2}; ky = varargin{3}; thinning = varargin{4};
    if strcmp(method, 'roberts')
      mx = [1 0; 0 -1] / 2; my = [0 1; -1 0] / 2; scale = 6; off = [-1 1 1 -1];
    else
      if strcmp(method, 'sobel'), op = [1 2 1; 0 0 0; -1 -2 -1] / 8;
      else, op = [1 1 1; 0 0 0; -1 -1 -1] / 6; end
      mx = op'; my = op; scale = 4; off = [0 0 0 0];
    end
    gx = imfilter(a, cast(mx, class(a)), 'replicate');
    gy = imfilter(a, cast(my, class(a)), 'replicate');
    b = kx * gx .* gx + ky * gy .* gy;
    if isempty(thresh)
      cutoff = scale * sum(double(b(:))) / numel(b); t = sqrt(cutoff);
    else
      t = thresh; cutoff = thresh ^ 2;
    end
    if ~thinning
      e = b > cutoff; return
    end
    ax = abs(gx); ay = abs(gy); e = false(m, n);
    for c = 1:n
      for r = 1:m
        if r + off(1) < 1 || r + off(1) > m || c - 1 < 1, p1 = true;
        else, p1 = b(r + off(1), c - 1) <= b(r, c); end
        if r + off(2) < 1 || r + off(2) > m || c + 1 > n, p2 = true;
        else, p2 = b(r, c) > b(r + off(2), c + 1); end
        if c + off(3) < 1 || c + off(3) > n || r - 1 < 1, p3 = true;
        else, p3 = b(r - 1, c + off(3)) <= b(r, c); end
        if c + off(4) < 1 || c + off(4) > n || r + 1 > m, p4 = true;
        else, p4 = b(r, c) > b(r + 1, c + off(4)); end
        e(r, c) = b(r, c) > cutoff && ((ax(r, c) >= kx * ay(r, c) - 100 * eps && p1 && p2) ...
                  || (ay(r, c) >= ky * ax(r, c) - 100 * eps && p3 && p4));
      end
    end
  case 'zerocross'
    thresh = varargin{1}; h = varargin{2};
    h = h - sum(h(:)) / numel(h);
    b = imfilter(a, cast(h, class(a)), 'replicate');
    if isempty(thresh), t = 0.75 * sum(abs(double(b(:)))) / numel(b); else, t = thresh; end
    e = false(m, n);
    for c = 2:n-1
      for r = 2:m-1
        u = b(r-1, c); d = b(r+1, c); l = b(r, c-1); q = b(r, c+1); x = b(r, c);
        if x ~= 0
          z = (x < 0 && q > 0 && abs(x - q) > t) || (l > 0 && x < 0 && abs(l - x) > t) ...
              || (x < 0 && d > 0 && abs(x - d) > t) || (u > 0 && x < 0 && abs(u - x) > t);
        else
          z = (u < 0 && d > 0 && abs(u - d) > 2*t) || (u > 0 && d < 0 && abs(u - d) > 2*t) ...
              || (l < 0 && q > 0 && abs(l - q) > 2*t) || (l > 0 && q < 0 && abs(l - q) > 2*t);
        end
        e(r, c) = z;
      end
    end
  case 'canny'
    thresh = varargin{1}; sigma = varargin{2};
    ext = ceil(4 * sigma); x = 0:ext;
    g = exp(-(x .^ 2) / (2 * sigma ^ 2)) / (sqrt(2 * pi) * sigma);
    g = g / (2 * sum(g(2:end)) + g(1));
    g = [fliplr(g) g(2:end)];
    dg = gradient(g); dg = dg / sum(dg(1:ext+1));
    g = cast(g, class(a)); dg = cast(dg, class(a));
    dx = imfilter(imfilter(a, g', 'conv', 'replicate'), dg, 'conv', 'replicate');
    dy = imfilter(imfilter(a, g, 'conv', 'replicate'), dg', 'conv', 'replicate');
    mag = hypot(dx, dy);
    if max(mag(:)) > 0, mag = mag / max(mag(:)); end
    if isempty(thresh)
      counts = imhist(mag, 64); s = 0; k = 1;
      while ~(s > 0.7 * m * n) && k <= 64, s = s + counts(k); k = k + 1; end
      high = (k - 1) / 64; low = 0.4 * high;
    elseif numel(thresh) == 1
      high = thresh; low = 0.4 * thresh;
    else
      low = thresh(1); high = thresh(2);
    end
    E = false(m, n);
    for c = 2:n-1
      for r = 2:m-1
        v = mag(r, c);
        if v > low
          ix = dx(r, c); iy = dy(r, c);
          if (iy <= 0 && ix > -iy) || (iy >= 0 && ix < -iy)
            w = abs(iy / ix);
            v1 = mag(r, c+1) * (1 - w) + mag(r-1, c+1) * w; v2 = mag(r, c-1) * (1 - w) + mag(r+1, c-1) * w;
          elseif (ix > 0 && -iy >= ix) || (ix < 0 && -iy <= ix)
            w = abs(ix / iy);
            v1 = mag(r-1, c) * (1 - w) + mag(r-1, c+1) * w; v2 = mag(r+1, c) * (1 - w) + mag(r+1, c-1) * w;
          elseif (ix <= 0 && ix > iy) || (ix >= 0 && ix < iy)
            w = abs(ix / iy);
            v1 = mag(r-1, c) * (1 - w) + mag(r-1, c-1) * w; v2 = mag(r+1, c) * (1 - w) + mag(r+1, c+1) * w;
          elseif (iy < 0 && ix <= iy) || (iy > 0 && ix >= iy)
            w = abs(iy / ix);
            v1 = mag(r, c-1) * (1 - w) + mag(r-1, c-1) * w; v2 = mag(r, c+1) * (1 - w) + mag(r+1, c+1) * w;
          else
            continue
          end
          E(r, c) = v >= v1 && v >= v2;
        end
      end
    end
    e = imreconstruct(mag > high, E, 8);
    t = [low high];
end
end
