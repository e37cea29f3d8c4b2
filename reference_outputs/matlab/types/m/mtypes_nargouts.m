function varargout = mtypes_nargouts(k)
%MTYPES_NARGOUTS k outputs 1..k, after nargoutchk(1, 2) accepted the request.
nargoutchk(1, 2);
for i = 1:nargout
  varargout{i} = i * k;
end
end
